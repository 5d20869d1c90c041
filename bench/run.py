#!/usr/bin/env python3
"""ikplan's benchmark suite (run by `make bench` through scripts/bench.sh): whole `ikplan render` processes
(every document, archive steps on) on the Ånge example and on synthetic plans of 100, 1 000 and 5 000 risks,
each case warmed up once and then measured RUNS times; the median is what is printed. With a Typst yardstick
(PyPI `typst`, bench/typst/) and/or a baseline ikplan binary, the contenders run in turn, A B A B …, and
their ratio is taken pair by pair, so a drift in the machine's speed hits both sides of a pair alike.

Prints pages, wall, CPU, pages per second and peak RSS per case, and writes the same, with each output's
page count, SHA-256 and extracted-text hash (the proof that a change left the output alone), as JSON
under bench/results/. Asserts nothing: a benchmark is never a test.

    bench/run.py --ikplan .build/release/ikplan [--runs 5] [--cases example,100,1000,5000]
                 [--typst PYTHON] [--baseline OLD_IKPLAN] [--results DIR]
    bench/run.py --compare OLD.json NEW.json     # outputs unchanged? and the time ratios
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "ange-2026")


def measure(argv, env=None):
    """One whole process: wall seconds, CPU seconds (user + system), peak RSS in KiB, exit status."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    # stderr is small (a line per file); read it so a full pipe cannot stall the child.
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed ({p.returncode}):\n{err.decode(errors='replace')}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime,
            "sys": usage.ru_stime, "rss_kib": usage.ru_maxrss}


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return next(int(l.split()[1]) for l in out.splitlines() if l.startswith("Pages:"))


def outputs(folder):
    """Every PDF in `folder`: pages, SHA-256 of the bytes and of pdftotext's text."""
    files = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".pdf"):
            continue
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout
        files[name] = {"pages": pdf_pages(path), "bytes": os.path.getsize(path), "sha256": digest,
                       "text_sha256": hashlib.sha256(text).hexdigest()}
    return files


class Contender:
    """One way of printing a plan folder into an output folder, run as a whole process."""

    def __init__(self, name, argv_for):
        self.name, self.argv_for = name, argv_for

    def argv(self, plan, out):
        return self.argv_for(plan, out)


def summary(runs):
    med = lambda k: statistics.median(r[k] for r in runs)
    return {"wall": med("wall"), "cpu": med("cpu"), "rss_kib": max(r["rss_kib"] for r in runs),
            "wall_min": min(r["wall"] for r in runs), "wall_max": max(r["wall"] for r in runs)}


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"host": socket.gethostname(), "cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release()}


def commit():
    def git(*a):
        return subprocess.run(["git", "-C", ROOT, *a], capture_output=True, text=True).stdout.strip()
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "--short=12", "HEAD") + ("-dirty" if dirty else "")


def run_suite(args):
    work = tempfile.mkdtemp(prefix="ikplan-bench-")
    # Interrupted or not, the synthetic plans and outputs go (SIGTERM becomes an exit, so `finally` runs).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        measure_cases(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure_cases(args, work):
    contenders = [Contender("ikplan", lambda plan, out: [args.ikplan, "render", plan, "-o", out])]
    if args.baseline:
        contenders.append(Contender("baseline", lambda plan, out: [args.baseline, "render", plan, "-o", out]))
    if args.typst:
        script = os.path.join(ROOT, "bench", "typst", "render.py")
        fonts = os.path.join(ROOT, "Fonts")
        contenders.append(Contender("typst", lambda plan, out: [args.typst, script, plan, out, fonts]))
    env = None
    cases = []
    for case in args.cases.split(","):
        if case == "example":
            plan = EXAMPLE
        else:
            plan = os.path.join(work, f"synth-{case}")
            subprocess.run([args.ikplan, "synth", "--risks", case, plan], check=True)
        cases.append((case, plan))

    load_before = os.getloadavg()
    results = {"commit": commit(), "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "machine": machine(), "runs": args.runs, "load_average_before": load_before,
               "contenders": [c.name for c in contenders], "cases": {}}
    header = f"{'case':<10} {'who':<9} {'pages':>6} {'wall ms':>9} {'min–max ms':>15} {'CPU ms':>8} {'pages/s':>8} {'peak MiB':>9}"
    print(f"load average {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; "
          f"{args.runs} runs after a warm-up, medians; contenders in turn")
    print(header)
    for case, plan in cases:
        entry = {}
        runs = {c.name: [] for c in contenders}
        outs = {c.name: os.path.join(work, f"out-{case}-{c.name}") for c in contenders}
        for c in contenders:                      # warm-up: file cache, fontconfig cache, page cache
            measure(c.argv(plan, outs[c.name]), env)
        for _ in range(args.runs):
            for c in contenders:
                runs[c.name].append(measure(c.argv(plan, outs[c.name]), env))
        for c in contenders:
            files = outputs(outs[c.name])
            pages = sum(f["pages"] for f in files.values())
            s = summary(runs[c.name])
            s.update(pages=pages, pages_per_second=pages / s["wall"], files=files, all_runs=runs[c.name])
            entry[c.name] = s
            print(f"{case:<10} {c.name:<9} {pages:>6} {s['wall'] * 1000:>9.1f} "
                  f"{s['wall_min'] * 1000:>7.1f}–{s['wall_max'] * 1000:<7.1f} {s['cpu'] * 1000:>8.1f} "
                  f"{pages / s['wall']:>8.0f} {s['rss_kib'] / 1024:>9.1f}")
        for other in contenders[1:]:
            pairs = [a["wall"] / b["wall"] for a, b in zip(runs["ikplan"], runs[other.name])]
            cpu_pairs = [a["cpu"] / b["cpu"] for a, b in zip(runs["ikplan"], runs[other.name])]
            entry[f"ratio_vs_{other.name}"] = {"wall": statistics.median(pairs), "cpu": statistics.median(cpu_pairs),
                                               "wall_pairs": pairs}
            print(f"{case:<10} {'':<9} ikplan/{other.name}: wall ×{statistics.median(pairs):.2f} "
                  f"(pairs {min(pairs):.2f}–{max(pairs):.2f}), CPU ×{statistics.median(cpu_pairs):.2f}")
        if args.baseline:
            same = compare_files(entry["baseline"]["files"], entry["ikplan"]["files"])
            print(f"{case:<10} {'':<9} output vs baseline: {same}")
        results["cases"][case] = entry
    results["load_average_after"] = os.getloadavg()
    per_page = {case: results["cases"][case]["ikplan"]["wall"] / results["cases"][case]["ikplan"]["pages"] * 1000
                for case, _ in cases if case != "example"}
    if len(per_page) > 1:
        lo, hi = min(per_page.values()), max(per_page.values())
        results["ms_per_page"] = per_page
        print("ms per page: " + ", ".join(f"{k} {v:.2f}" for k, v in per_page.items())
              + f" (max/min ×{hi / lo:.2f})")
    la = results["load_average_after"]
    print(f"load average after {la[0]:.2f} {la[1]:.2f} {la[2]:.2f}")
    os.makedirs(args.results, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = os.path.join(args.results, f"{stamp}-{results['commit']}.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)}")


def compare_files(old, new):
    """'byte-identical', 'same text and pages', or what differs."""
    if old.keys() != new.keys():
        return f"different files: {sorted(old)} vs {sorted(new)}"
    notes = []
    for name in old:
        a, b = old[name], new[name]
        if a["sha256"] == b["sha256"]:
            continue
        if a["pages"] == b["pages"] and a["text_sha256"] == b["text_sha256"]:
            notes.append(f"{name}: same text and pages")
        else:
            notes.append(f"{name}: DIFFERS (pages {a['pages']} → {b['pages']}, text {'same' if a['text_sha256'] == b['text_sha256'] else 'changed'})")
    return "byte-identical" if not notes else "; ".join(notes)


def compare(old_path, new_path):
    with open(old_path) as f:
        old = json.load(f)
    with open(new_path) as f:
        new = json.load(f)
    print(f"{old['commit']} → {new['commit']}")
    for case, entry in new["cases"].items():
        if case not in old["cases"]:
            continue
        a, b = old["cases"][case]["ikplan"], entry["ikplan"]
        print(f"{case:<10} wall {a['wall'] * 1000:.1f} → {b['wall'] * 1000:.1f} ms, CPU {a['cpu'] * 1000:.1f} → "
              f"{b['cpu'] * 1000:.1f} ms, peak {a['rss_kib'] / 1024:.1f} → {b['rss_kib'] / 1024:.1f} MiB; "
              f"output: {compare_files(a['files'], b['files'])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ikplan", default=os.path.join(ROOT, ".build", "release", "ikplan"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cases", default="example,100,1000,5000")
    ap.add_argument("--typst", help="a Python with PyPI's typst installed: adds the Typst yardstick")
    ap.add_argument("--baseline", help="another ikplan binary, run in turn with this one")
    ap.add_argument("--results", default=os.path.join(ROOT, "bench", "results"))
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"))
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare)
    else:
        if args.runs < 1:
            sys.exit("bench: --runs must be at least 1")
        run_suite(args)


if __name__ == "__main__":
    main()

"""The Typst yardstick: prints one plan folder's documents with bench/typst/plan.typ, as `ikplan render`
does with its own (plan, minutes, bundle, checklists), in one process. Usage:
    python render.py PLAN_FOLDER OUT_FOLDER FONTS_FOLDER
"""
import os
import sys

import typst

DOCUMENTS = ["plan", "minutes", "bundle", "checklists"]


def main() -> None:
    folder, out, fonts = (os.path.abspath(a) for a in sys.argv[1:4])
    template = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plan.typ")
    os.makedirs(out, exist_ok=True)
    for doc in DOCUMENTS:
        try:
                typst.compile(template, output=os.path.join(out, doc + ".pdf"), root="/", font_paths=[fonts],
                          ignore_system_fonts=True, pdf_standards=["a-2a", "ua-1"],
                          sys_inputs={"plan": os.path.join(folder, "plan.yaml"), "base": folder, "doc": doc})
        except typst.TypstError as e:
            sys.exit(f"typst: {doc}: {getattr(e, 'diagnostic', e)}")


if __name__ == "__main__":
    main()

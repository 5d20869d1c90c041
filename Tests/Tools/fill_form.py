"""Fills form fields of a PDF the way a PDF reader would, for the import tests (test tooling only).

usage: fill_form.py pikepdf|incremental IN.pdf OUT.pdf VALUES.json
VALUES.json maps a field's name to a string (text field) or true/false (check box); with pikepdf, a name
starting with "+" adds a new text field of that name on page 1 (what a reader's "add a text box" does).
- pikepdf: sets /V (and /AS for check boxes), has qpdf generate the text fields' appearance streams,
  and saves the whole file again with object streams and an xref stream.
- incremental: pyHanko's incremental writer appends the changed fields, each text field with an
  appearance stream of its own, as an update after the original's %%EOF (what Acrobat and others do).
"""
import json, sys

mode, src, dst, values_file = sys.argv[1:5]
values = json.load(open(values_file, encoding="utf-8"))

if mode == "pikepdf":
    import pikepdf
    pdf = pikepdf.open(src)
    seen = set()
    for name in [n for n in values if n.startswith("+")]:
        field = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=pikepdf.String(name[1:]),
            V=pikepdf.String(values[name]), Rect=[400, 40, 560, 60], F=4, P=pdf.pages[0].obj))
        pdf.Root.AcroForm.Fields.append(field)
        page = pdf.pages[0].obj
        if "/Annots" not in page:
            page.Annots = pdf.make_indirect(pikepdf.Array())
        page.Annots.append(field)
        seen.add(name)
    for field in pdf.Root.AcroForm.Fields:
        name = str(field.get("/T", ""))
        if name not in values:
            continue
        seen.add(name)
        v = values[name]
        if isinstance(v, bool):
            state = pikepdf.Name("/Yes") if v else pikepdf.Name("/Off")
            field.V = state
            field.AS = state
        else:
            field.V = pikepdf.String(v)
    missing = set(values) - seen
    if missing:
        sys.exit("no such fields: " + ", ".join(sorted(missing)))
    # qpdf draws appearances only when asked to, and then clears the flag again.
    pdf.Root.AcroForm.NeedAppearances = True
    pdf.generate_appearance_streams()
    if "/NeedAppearances" in pdf.Root.AcroForm:
        del pdf.Root.AcroForm["/NeedAppearances"]
    pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate)
elif mode == "incremental":
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils import generic
    with open(src, "rb") as f:
        w = IncrementalPdfFileWriter(f)
        seen = set()
        for ref in w.root["/AcroForm"]["/Fields"]:
            field = ref.get_object()
            name = str(field.get("/T", ""))
            if name not in values:
                continue
            seen.add(name)
            v = values[name]
            if isinstance(v, bool):
                state = generic.NameObject("/Yes" if v else "/Off")
                field["/V"] = state
                field["/AS"] = state
            else:
                field["/V"] = generic.TextStringObject(v)
                rect = [float(x) for x in field["/Rect"]]
                width, height = rect[2] - rect[0], rect[3] - rect[1]
                # An appearance of the reader's own: the text in the form's font, as a reader draws it.
                text = v.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                content = b"/Tx BMC q BT /IKSans 9 Tf 0 g 2 %.2f Td (" % (height - 11) + text + b") Tj ET Q EMC"
                stream = generic.StreamObject({
                    generic.NameObject("/Type"): generic.NameObject("/XObject"),
                    generic.NameObject("/Subtype"): generic.NameObject("/Form"),
                    generic.NameObject("/BBox"): generic.ArrayObject([generic.FloatObject(0), generic.FloatObject(0),
                                                                    generic.FloatObject(width), generic.FloatObject(height)]),
                    generic.NameObject("/Resources"): w.root["/AcroForm"]["/DR"],
                }, stream_data=content)
                field["/AP"] = generic.DictionaryObject({generic.NameObject("/N"): w.add_object(stream)})
            w.mark_update(ref)
        missing = set(values) - seen
        if missing:
            sys.exit("no such fields: " + ", ".join(sorted(missing)))
        with open(dst, "wb") as out:
            w.write(out)
else:
    sys.exit("mode must be pikepdf or incremental")

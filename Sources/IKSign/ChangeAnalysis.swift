import Foundation
import IKPDF

/// What a later part of the file changed compared with a signed revision, sorted into allowed changes
/// (validation data, timestamps, further signatures, filling prepared signature fields) and the rest,
/// named for a clerk: "sida 3", "objekt 12 (Font)".
struct ChangeAnalysis {
    var allowed: [String] = []
    var disallowed: [String] = []

    static func after(revisionEnd: Int, in bytes: [UInt8], current doc: PDFDocument) -> ChangeAnalysis {
        var result = ChangeAnalysis()
        guard let old = try? PDFDocument(bytes: Array(bytes[0..<revisionEnd])) else {
            result.disallowed.append("den undertecknade versionen kan inte läsas för jämförelse")
            return result
        }
        let oldPages = (try? old.pages()) ?? []
        let pageIndex = Dictionary(oldPages.map { ($0.reference.number, $0.index) }, uniquingKeysWith: { a, _ in a })
        var contentOwner: [Int: Int] = [:]  // content stream number → page index
        for page in oldPages {
            let contents = page.dictionary["Contents"]
            let refs = contents?.referenceValue.map { [$0] } ?? (contents?.arrayValue ?? []).compactMap(\.referenceValue)
            for ref in refs { contentOwner[ref.number] = page.index }
            if let r = contents?.referenceValue, let array = (try? old.resolve(.reference(r)))?.arrayValue {
                for item in array { if let ref = item.referenceValue { contentOwner[ref.number] = page.index } }
            }
        }
        let oldCatalog = old.catalogReference?.number
        let oldForm = (try? old.catalog())?["AcroForm"]?.referenceValue?.number
        let oldDSS = (try? old.catalog())?["DSS"]?.referenceValue?.number
        // Signing tools update the document information and its XMP copy (producer, modification date):
        // no content changes by it, and pyHanko's default policy allows it too.
        let oldInfo = old.trailer["Info"]?.referenceValue?.number
        let oldMetadata = (try? old.catalog())?["Metadata"]?.referenceValue?.number
        var metadataUpdated = false
        var laterSignatures = 0, validationData = false

        for (number, entry) in doc.xref.sorted(by: { $0.key < $1.key }) {
            let before = old.xref[number]
            if before == entry { continue }
            guard case .some = before, before != .free else {
                // A new object harms nothing by itself; changed old objects that refer to it are judged below.
                if let obj = try? doc.object(PDFReference(number, generation(entry))) {
                    let type = obj.dictionaryValue?["Type"]?.nameValue
                    if type == "Sig" || type == "DocTimeStamp" { laterSignatures += 1 }
                    if type == "DSS" { validationData = true }
                }
                continue
            }
            if entry == .free {
                result.disallowed.append(describe(number, pageIndex: pageIndex, contentOwner: contentOwner, old: old) + " borttaget")
                continue
            }
            guard let was = try? old.object(PDFReference(number, generation(before ?? .free))),
                  let now = try? doc.object(PDFReference(number, generation(entry))) else {
                result.disallowed.append(describe(number, pageIndex: pageIndex, contentOwner: contentOwner, old: old))
                continue
            }
            if was == now { continue }
            if case .stream(let s) = now, s.dictionary["Type"]?.nameValue == "XRef" { continue }
            let verdict: Bool
            if number == oldCatalog {
                verdict = onlyKeysDiffer(was, now, allowed: ["DSS", "AcroForm", "Extensions", "Version"])
                if now.dictionaryValue?["DSS"] != was.dictionaryValue?["DSS"] { validationData = true }
            } else if number == oldForm {
                verdict = onlyKeysDiffer(was, now, allowed: ["Fields", "SigFlags", "DR", "DA"]) && appendsOnly(was.dictionaryValue?["Fields"], now.dictionaryValue?["Fields"], old: old, new: doc)
            } else if number == oldInfo || number == oldMetadata {
                verdict = number == oldInfo ? now.dictionaryValue != nil : now.streamValue?.dictionary["Type"]?.nameValue == "Metadata"
                metadataUpdated = metadataUpdated || verdict
            } else if number == oldDSS {
                verdict = true
                validationData = true
            } else if pageIndex[number] != nil {
                verdict = onlyKeysDiffer(was, now, allowed: ["Annots"]) && appendsOnly(was.dictionaryValue?["Annots"], now.dictionaryValue?["Annots"], old: old, new: doc)
            } else if case .array = was, appendsOnly(was, now, old: old, new: doc) {
                verdict = true  // an /Annots or /Fields array that gained signature widgets
            } else if was.dictionaryValue?["FT"]?.nameValue == "Sig", was.dictionaryValue?["V"] == nil {
                verdict = onlyKeysDiffer(was, now, allowed: ["V", "AP", "MK"])  // a prepared field filled
                laterSignatures += verdict ? 1 : 0
            } else {
                verdict = false
            }
            if !verdict { result.disallowed.append(describe(number, pageIndex: pageIndex, contentOwner: contentOwner, old: old)) }
        }
        if validationData { result.allowed.append("valideringsdata (DSS)") }
        if metadataUpdated { result.allowed.append("dokumentinformationen (metadata)") }
        if laterSignatures > 0 { result.allowed.append("\(laterSignatures) senare underskrift(er) eller tidsstämpel(r)") }
        if result.allowed.isEmpty && result.disallowed.isEmpty { result.allowed.append("en tillägg utan ändrat innehåll") }
        var seen: Set<String> = []
        result.disallowed = result.disallowed.filter { seen.insert($0).inserted }
        return result
    }

    static func generation(_ entry: PDFXrefEntry) -> Int {
        if case .inFile(_, let g) = entry { return g }
        return 0
    }

    /// True when the two dictionaries differ only in the allowed keys.
    static func onlyKeysDiffer(_ a: PDFObject, _ b: PDFObject, allowed: Set<String>) -> Bool {
        guard let x = a.dictionaryValue, let y = b.dictionaryValue else { return false }
        for key in Set(x.keys).union(y.keys) where !allowed.contains(key) {
            if x[key] != y[key] { return false }
        }
        return true
    }

    /// True when `b` is the array `a` with signature widgets appended (either may be a reference).
    static func appendsOnly(_ a: PDFObject?, _ b: PDFObject?, old: PDFDocument, new: PDFDocument) -> Bool {
        if a == b { return true }
        let x = (try? old.resolve(a))?.arrayValue ?? []
        guard let y = (try? new.resolve(b))?.arrayValue, y.count >= x.count, Array(y.prefix(x.count)) == x else { return false }
        return y.dropFirst(x.count).allSatisfy { item in
            guard let d = try? new.dictionary(item) else { return false }
            return d["FT"]?.nameValue == "Sig"
        }
    }

    /// "sida 3", "sida 3 (innehåll)" or "objekt 12 (Font)".
    static func describe(_ number: Int, pageIndex: [Int: Int], contentOwner: [Int: Int], old: PDFDocument) -> String {
        if let p = pageIndex[number] { return "sida \(p + 1)" }
        if let p = contentOwner[number] { return "sida \(p + 1) (innehåll)" }
        let type = (try? old.object(PDFReference(number, 0)))?.dictionaryValue?["Type"]?.nameValue
        return "objekt \(number)" + (type.map { " (\($0))" } ?? "")
    }
}

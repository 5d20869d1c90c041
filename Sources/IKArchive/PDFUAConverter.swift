import Foundation
import IKEngine
import IKPDF

/// Makes a tagged Cairo 1.16 PDF a PDF/UA-1 file with one incremental update, from what the writer logged
/// of each structure element (`StructureLog`, in the order of Cairo's structure tree):
/// - page furniture (`StructureTag.decoration`, written by Cairo as `Private`) becomes `/Artifact` marked
///   content of the pagination type and leaves the structure tree; content Cairo left unmarked (rules,
///   fills, borders) becomes an artifact too;
/// - figures get `/Alt`; header cells `/Scope`; cells that span say so (`/ColSpan`, `/RowSpan`);
/// - link annotations get `/Contents` (their words);
/// - the catalog gets `/Lang`, `/MarkInfo /Marked true` and `ViewerPreferences /DisplayDocTitle true`;
///   every page `/Tabs /S`.
/// The tree must match the log element for element (names included); a file that does not is refused
/// rather than given wrong alternative texts.
public struct PDFUAConverter: Sendable {
    /// BCP 47 language of the document: the catalog's /Lang.
    public var language: String

    public init(language: String = "sv-SE") { self.language = language }

    /// What one conversion did.
    public struct Report: Sendable, Equatable {
        /// Structure elements paired with the log.
        public var elements = 0
        /// Decoration elements taken out of the tree (their content became artifacts).
        public var decorations = 0
        /// Unmarked stretches of content wrapped as artifacts.
        public var artifactRuns = 0
        /// Of those, stretches that show text: content the documents did not tag (should be 0).
        public var unmarkedTextRuns = 0
        public var figures = 0
        public var headerCells = 0
        public var links = 0
    }

    /// The PDF/UA file made from `bytes`, and what was done.
    /// - Throws: `PDFError` when the file cannot be read, or its structure tree does not match `structure`.
    public func convert(_ bytes: [UInt8], structure: StructureLog) throws -> (bytes: [UInt8], report: Report) {
        let doc = try PDFDocument(bytes: bytes)
        var update = PDFUpdate(doc)
        var report = Report()
        guard let catalogRef = doc.catalogReference else { throw PDFError.xref("the trailer has no /Root") }
        var catalog = try doc.catalog()
        let pages = try doc.pages()
        let pageIndex = Dictionary(pages.map { ($0.reference, $0.index) }, uniquingKeysWith: { a, _ in a })

        // Pair the tree with the log and change the elements that need it.
        var decorations: [Int: [Int: String]] = [:]     // page index → MCID → artifact subtype
        if let rootRef = catalog["StructTreeRoot"]?.referenceValue {
            var walk = TreeWalk(doc: doc, log: structure.elements, pageIndex: pageIndex)
            try walk.visitRoot(rootRef)
            guard walk.index == structure.elements.count else {
                throw PDFError.invalidArgument("the structure tree has \(walk.index) elements, the writer opened \(structure.elements.count)")
            }
            for (ref, element) in walk.changed { update.set(ref, .dictionary(element)) }
            for (ref, annotation) in walk.annotations { update.set(ref, .dictionary(annotation)) }
            decorations = walk.decorations
            report.elements = walk.index
            report.decorations = walk.decorationCount
            report.figures = walk.figures
            report.headerCells = walk.headerCells
            report.links = walk.annotations.count
            try clearParentTree(doc, rootRef, walk.decorationMCIDs(pages), &update)
        }

        // Every page: furniture and unmarked content become artifacts; tab order follows the structure.
        for page in pages {
            var dict = page.dictionary
            let marker = ContentMarker(decorations: decorations[page.index] ?? [:], decorationName: StructureTag.decorationName)
            let content = try pageContent(doc, page)
            let marked = try marker.mark(content)
            report.artifactRuns += marked.artifactRuns
            report.unmarkedTextRuns += marked.unmarkedTextRuns
            dict["Contents"] = .reference(update.add(.stream(try PDFStream.flate(marked.bytes))))
            dict["Tabs"] = .name("S")
            update.set(page.reference, .dictionary(dict))
        }

        if !language.isEmpty { catalog["Lang"] = .text(language) }
        var viewer = try doc.dictionary(catalog["ViewerPreferences"]) ?? PDFDictionary()
        viewer["DisplayDocTitle"] = .bool(true)
        catalog["ViewerPreferences"] = .dictionary(viewer)
        var mark = try doc.dictionary(catalog["MarkInfo"]) ?? PDFDictionary()
        mark["Marked"] = .bool(true)
        catalog["MarkInfo"] = .dictionary(mark)
        update.set(catalogRef, .dictionary(catalog))
        return (try update.writeIncremental().bytes, report)
    }

    /// A page's content, its streams joined (Cairo writes one).
    private func pageContent(_ doc: PDFDocument, _ page: PDFPage) throws -> [UInt8] {
        let contents = try doc.resolve(page.dictionary["Contents"])
        var parts: [PDFObject] = []
        if case .array(let a) = contents { parts = a } else { parts = [contents] }
        var out: [UInt8] = []
        for part in parts {
            guard case .stream(let s) = try doc.resolve(part) else { continue }
            if !out.isEmpty { out.append(10) }
            out += try doc.decodedData(s)
        }
        return out
    }

    /// The parent tree's entries for decoration MCIDs become null: artifacts belong to no element.
    private func clearParentTree(_ doc: PDFDocument, _ rootRef: PDFReference, _ mcids: [Int: Set<Int>],
                                 _ update: inout PDFUpdate) throws {
        guard !mcids.isEmpty, let root = try doc.object(rootRef).dictionaryValue,
              let tree = try doc.dictionary(root["ParentTree"]) else { return }
        let nums = try doc.resolve(tree["Nums"]).arrayValue ?? []
        var k = 0
        while k + 1 < nums.count {
            defer { k += 2 }
            guard let key = nums[k].integerValue, let drop = mcids[key], let ref = nums[k + 1].referenceValue,
                  var array = try doc.object(ref).arrayValue else { continue }
            for m in drop where m < array.count { array[m] = .null }
            update.set(ref, .array(array))
        }
    }
}

/// The structure tree depth-first, paired element by element with the writer's log.
private struct TreeWalk {
    let doc: PDFDocument
    let log: [StructureTag]
    let pageIndex: [PDFReference: Int]
    /// The next log entry to pair.
    var index = 0
    var changed: [(PDFReference, PDFDictionary)] = []
    var annotations: [(PDFReference, PDFDictionary)] = []
    /// Page index → MCID → artifact subtype.
    var decorations: [Int: [Int: String]] = [:]
    var decorationCount = 0
    var figures = 0
    var headerCells = 0
    private var visited: Set<PDFReference> = []

    init(doc: PDFDocument, log: [StructureTag], pageIndex: [PDFReference: Int]) {
        self.doc = doc; self.log = log; self.pageIndex = pageIndex
    }

    mutating func visitRoot(_ rootRef: PDFReference) throws {
        guard var root = try doc.object(rootRef).dictionaryValue else { return }
        if let kids = try visitKids(root["K"], parentPage: nil, depth: 0, inDecoration: nil) {
            root["K"] = kids
            changed.append((rootRef, root))
        }
    }

    /// Visits the elements among `k`; returns the new /K when decoration elements were taken out.
    private mutating func visitKids(_ k: PDFObject?, parentPage: PDFReference?, depth: Int, inDecoration: String?) throws -> PDFObject? {
        guard let k else { return nil }
        let items: [PDFObject]
        var wasArray = false
        if case .array(let a) = k { items = a; wasArray = true } else { items = [k] }
        var kept: [PDFObject] = []
        var removed = false
        for item in items {
            if let ref = item.referenceValue, let element = try doc.object(ref).dictionaryValue, element["S"] != nil {
                let isDecoration = try visitElement(ref, element, depth: depth + 1, inDecoration: inDecoration)
                if isDecoration && inDecoration == nil { removed = true; continue }
            }
            kept.append(item)
        }
        guard removed else { return nil }
        if !wasArray, let only = kept.first, kept.count == 1 { return only }
        return .array(kept)
    }

    /// Pairs one element with the log and fixes it; true when it is page furniture.
    private mutating func visitElement(_ ref: PDFReference, _ element: PDFDictionary, depth: Int, inDecoration: String?) throws -> Bool {
        guard depth <= doc.limits.maxDepth else { throw PDFError.limit("the structure tree is deeper than \(doc.limits.maxDepth)") }
        guard visited.insert(ref).inserted else { throw PDFError.xref("the structure tree visits \(ref) twice") }
        guard index < log.count else {
            throw PDFError.invalidArgument("the structure tree has more elements than the writer opened (\(log.count))")
        }
        let tag = log[index]
        let name = element["S"]?.nameValue ?? ""
        guard name == tag.cairoName else {
            throw PDFError.invalidArgument("structure element \(index + 1) is /\(name) in the file but \(tag.cairoName) in the writer's log")
        }
        index += 1
        var e = element
        var decoration = inDecoration
        switch tag {
        case .figure(let alt):
            e["Alt"] = .text(alt)
            figures += 1
            changed.append((ref, e))
        case .headerCell(let scope, let columns, let rows):
            e["A"] = .dictionary(tableAttributes(scope: scope, columns: columns, rows: rows))
            headerCells += 1
            changed.append((ref, e))
        case .dataCell(let columns, let rows) where columns > 1 || rows > 1:
            e["A"] = .dictionary(tableAttributes(scope: nil, columns: columns, rows: rows))
            changed.append((ref, e))
        case .link(let target, _, let description):
            try describeLink(e, target: target, description: description)
        case .decoration(let kind):
            decoration = decoration ?? kind.rawValue
            decorationCount += inDecoration == nil ? 1 : 0
        default:
            break
        }
        if let decoration { try collectMCIDs(e, subtype: decoration) }
        let page = e["Pg"]?.referenceValue
        if let kids = try visitKids(e["K"], parentPage: page, depth: depth, inDecoration: decoration) {
            e["K"] = kids
            changed.append((ref, e))
        }
        return decoration != nil
    }

    private func tableAttributes(scope: StructureTag.HeaderScope?, columns: Int, rows: Int) -> PDFDictionary {
        var a: PDFDictionary = ["O": .name("Table")]
        if let scope { a["Scope"] = .name(scope.rawValue) }
        if columns > 1 { a["ColSpan"] = .integer(columns) }
        if rows > 1 { a["RowSpan"] = .integer(rows) }
        return a
    }

    /// The link's annotation (its OBJR) says where it goes in words.
    private mutating func describeLink(_ element: PDFDictionary, target: String, description: String) throws {
        let items: [PDFObject]
        if case .array(let a)? = element["K"] { items = a } else { items = element["K"].map { [$0] } ?? [] }
        for item in items {
            guard let objr = try doc.dictionary(item), objr["Type"]?.nameValue == "OBJR",
                  let ref = objr["Obj"]?.referenceValue, var annotation = try doc.object(ref).dictionaryValue else { continue }
            let words = description.trimmingCharacters(in: .whitespacesAndNewlines)
            annotation["Contents"] = .text(words.isEmpty ? Self.fallbackDescription(target) : words)
            annotations.append((ref, annotation))
        }
    }

    /// What a link without words of its own says.
    static func fallbackDescription(_ target: String) -> String {
        target.hasPrefix("#") ? "Länk till \(target.dropFirst()) i dokumentet" : target
    }

    /// The element's own MCIDs (integers and marked-content references in /K) on their pages.
    private mutating func collectMCIDs(_ element: PDFDictionary, subtype: String) throws {
        let page = element["Pg"]?.referenceValue
        let items: [PDFObject]
        if case .array(let a)? = element["K"] { items = a } else { items = element["K"].map { [$0] } ?? [] }
        for item in items {
            if let mcid = item.integerValue, let p = page.flatMap({ pageIndex[$0] }) {
                decorations[p, default: [:]][mcid] = subtype
            } else if let mcr = try doc.dictionary(item), mcr["Type"]?.nameValue == "MCR", let mcid = mcr["MCID"]?.integerValue,
                      let p = (mcr["Pg"]?.referenceValue ?? page).flatMap({ pageIndex[$0] }) {
                decorations[p, default: [:]][mcid] = subtype
            }
        }
    }

    /// Decoration MCIDs by the pages' /StructParents keys.
    func decorationMCIDs(_ pages: [PDFPage]) -> [Int: Set<Int>] {
        var out: [Int: Set<Int>] = [:]
        for page in pages {
            guard let key = page.dictionary["StructParents"]?.integerValue, let mcids = decorations[page.index] else { continue }
            out[key] = Set(mcids.keys)
        }
        return out
    }
}

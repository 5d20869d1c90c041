import Foundation

/// Joins whole PDF files into one, part after part, without drawing anything again: every object of every
/// part is copied with its number moved into a range of its own, and what a reader sees as one document
/// is made anew from the parts' own:
/// - the page tree: a root whose kids are the parts' page trees;
/// - the structure tree: one root holding every part's top elements, one parent tree with each part's keys
///   moved past the previous parts' (pages' /StructParents and annotations' /StructParent follow);
/// - named destinations: each part's names get the part's name as a prefix ("part2.item-1"), and so do the
///   links and bookmarks that go to them, so two parts' "item-1" stay apart; each part's first page is the
///   destination named after the part ("part2");
/// - the outline: a bookmark per part, with the part's own bookmarks beneath it;
/// - page labels: each part's labels at its pages, and `Part.label` where a part's file starts with none.
/// Only objects reachable from the new catalog and information dictionary are written: the parts' own
/// catalogs, outline roots and tree roots are left behind. Output is deterministic, one classic
/// cross-reference table, no object streams. Form fields (/AcroForm) are not joined.
public struct PDFConcatenation: Sendable {
    /// One file to put into the whole.
    public struct Part: Sendable {
        public var document: PDFDocument
        /// The part's bookmark, above the part's own bookmarks.
        public var title: String
        /// The name of the part's first page as a destination, and (with a dot) the prefix of its names.
        public var name: String
        /// The label of the part's first page when its file gives it none: decimal numbers from 1.
        public var label: PDFDictionary

        public init(document: PDFDocument, title: String, name: String, label: PDFDictionary = ["S": .name("D")]) {
            self.document = document; self.title = title; self.name = name; self.label = label
        }
    }

    public var parts: [Part]
    /// The joined file's document information (/Info).
    public var info: PDFDictionary

    public init(parts: [Part], info: PDFDictionary) { self.parts = parts; self.info = info }

    /// The joined file.
    /// - Throws: `PDFError` when a part cannot be read, or has what cannot be joined (form fields).
    public func write() throws -> PDFWrittenFile {
        guard !parts.isEmpty else { throw PDFError.invalidArgument("there are no files to join") }
        var bases: [Int] = []
        var next = 1
        // Each part's size once: `PDFDocument.size` looks through the whole cross-reference table.
        let sizes = parts.map(\.document.size)
        for size in sizes { bases.append(next); next += size }
        func allocate() -> PDFReference { defer { next += 1 }; return PDFReference(next) }
        let catalogRef = allocate(), pagesRef = allocate(), infoRef = allocate()
        let outlinesRef = allocate(), structRootRef = allocate()

        var overrides: [Int: PDFObject] = [:]
        var renumberings: [Renumbering] = []
        var pageKids: [PDFObject] = [], pageCount = 0
        var structKids: [PDFObject] = [], parentTree: [(Int, PDFObject)] = [], keyOffset = 0
        var roleMap = PDFDictionary(), classMap = PDFDictionary(), tagged = false
        var labels: [(Int, PDFObject)] = []
        var destinations: [([UInt8], PDFObject)] = []
        var items: [(ref: PDFReference, item: PDFDictionary)] = [], visibleItems = 0

        for (k, part) in parts.enumerated() {
            let doc = part.document
            let catalog = try doc.catalog()
            if catalog["AcroForm"] != nil { throw PDFError.invalidArgument("part \(k + 1) has form fields, which cannot be joined") }
            if catalog["Dests"] != nil { throw PDFError.invalidArgument("part \(k + 1) names its destinations in a /Dests dictionary, which cannot be joined") }
            let structRoot = try doc.dictionary(catalog["StructTreeRoot"])
            let itemRef = allocate()
            var map = Renumbering(base: bases[k] - 1, prefix: Array((part.name + ".").utf8), keyOffset: keyOffset)
            if let old = catalog["StructTreeRoot"]?.referenceValue { map.redirect[old] = structRootRef }
            if let old = catalog["Outlines"]?.referenceValue { map.redirect[old] = itemRef }

            // Pages: the part's tree hangs under the new root.
            guard let partPages = catalog["Pages"]?.referenceValue, var pagesNode = try doc.object(partPages).dictionaryValue else {
                throw PDFError.xref("part \(k + 1) has no page tree")
            }
            let pages = try doc.pages()
            guard let first = pages.first else { throw PDFError.invalidArgument("part \(k + 1) has no pages") }
            pagesNode["Parent"] = .reference(pagesRef)
            overrides[map.number(partPages).number] = map.apply(.dictionary(pagesNode))
            pageKids.append(.reference(map.number(partPages)))

            // Structure: the part's top elements under the one root, its parent tree after the previous parts'.
            if let root = structRoot {
                tagged = true
                if case .array(let kids)? = root["K"] { structKids += kids.map(map.apply) } else if let kid = root["K"] { structKids.append(map.apply(kid)) }
                var maxKey = -1
                try NumberTree(doc).leaves(root["ParentTree"]) { key, value in
                    parentTree.append((key + keyOffset, map.apply(value)))
                    maxKey = max(maxKey, key)
                }
                if let roles = try doc.dictionary(root["RoleMap"]) { for (key, v) in roles where roleMap[key] == nil { roleMap[key] = map.apply(v) } }
                if let classes = try doc.dictionary(root["ClassMap"]) { for (key, v) in classes where classMap[key] == nil { classMap[key] = map.apply(v) } }
                if root["IDTree"] != nil { throw PDFError.invalidArgument("part \(k + 1) has structure element ids (/IDTree), which cannot be joined") }
                keyOffset += max(root["ParentTreeNextKey"]?.integerValue ?? 0, maxKey + 1)
            }

            // Labels: the part's own, and the fallback where its first page has none.
            var partLabels: [(Int, PDFObject)] = []
            try NumberTree(doc).leaves(catalog["PageLabels"]) { index, value in partLabels.append((index + pageCount, map.apply(value))) }
            if !partLabels.contains(where: { $0.0 == pageCount }) { labels.append((pageCount, .dictionary(part.label))) }
            labels += partLabels

            // Destinations: the part's names with its prefix, and the part's own name at its first page.
            let names = try doc.dictionary(catalog["Names"])
            try NameTree(doc).leaves(names?["Dests"]) { name, value in destinations.append((map.prefix + name, map.apply(value))) }
            let top = (try doc.resolve(first.inherited["MediaBox"]).arrayValue?.last?.numberValue) ?? 842
            destinations.append((Array(part.name.utf8), .array([.reference(map.number(first.reference)), .name("XYZ"), .integer(0), .real(top), .integer(0)])))

            // The part's bookmark, its own bookmarks beneath it (they name the bookmark as their parent).
            var item: PDFDictionary = ["Title": .text(part.title), "Parent": .reference(outlinesRef), "Dest": .string(PDFString(bytes: Array(part.name.utf8)))]
            var visible = 0
            if let outlines = try doc.dictionary(catalog["Outlines"]), let firstItem = outlines["First"] {
                item["First"] = map.apply(firstItem)
                item["Last"] = map.apply(outlines["Last"] ?? firstItem)
                visible = abs(outlines["Count"]?.integerValue ?? 0)
                item["Count"] = .integer(visible)
            }
            visibleItems += 1 + visible
            items.append((itemRef, item))
            renumberings.append(map)
            pageCount += pages.count
        }
        for (i, entry) in items.enumerated() {
            var item = entry.item
            if i > 0 { item["Prev"] = .reference(items[i - 1].ref) }
            if i + 1 < items.count { item["Next"] = .reference(items[i + 1].ref) }
            overrides[entry.ref.number] = .dictionary(item)
        }

        overrides[pagesRef.number] = .dictionary(["Type": .name("Pages"), "Kids": .array(pageKids), "Count": .integer(pageCount)])
        overrides[outlinesRef.number] = .dictionary(["Type": .name("Outlines"), "First": .reference(items[0].ref),
                                                     "Last": .reference(items[items.count - 1].ref), "Count": .integer(visibleItems)])
        overrides[infoRef.number] = .dictionary(info)
        var catalog: PDFDictionary = ["Type": .name("Catalog"), "Pages": .reference(pagesRef)]
        let firstCatalog = try parts[0].document.catalog()
        for key in ["PageMode", "PageLayout", "MarkInfo", "Lang", "ViewerPreferences"] {
            if let v = firstCatalog[key] { catalog[key] = renumberings[0].apply(v) }
        }
        catalog["Outlines"] = .reference(outlinesRef)
        catalog["PageLabels"] = .dictionary(["Nums": .array(labels.sorted { $0.0 < $1.0 }.flatMap { [.integer($0.0), $0.1] })])
        catalog["Names"] = .dictionary(["Dests": .dictionary(["Names": .array(
            destinations.sorted { $0.0.lexicographicallyPrecedes($1.0) }.flatMap { [.string(PDFString(bytes: $0.0)), $0.1] })])])
        if tagged {
            var root: PDFDictionary = ["Type": .name("StructTreeRoot"), "K": .array(structKids),
                                       "ParentTree": .dictionary(["Nums": .array(parentTree.sorted { $0.0 < $1.0 }.flatMap { [.integer($0.0), $0.1] })]),
                                       "ParentTreeNextKey": .integer(keyOffset)]
            if !roleMap.isEmpty { root["RoleMap"] = .dictionary(roleMap) }
            if !classMap.isEmpty { root["ClassMap"] = .dictionary(classMap) }
            overrides[structRootRef.number] = .dictionary(root)
            catalog["StructTreeRoot"] = .reference(structRootRef)
        }
        overrides[catalogRef.number] = .dictionary(catalog)

        // Everything reachable from the catalog and the information, each object once, in number order.
        var objects: [Int: (generation: Int, object: PDFObject)] = [:]
        var queue = [catalogRef, infoRef]
        while let ref = queue.popLast() {
            guard objects[ref.number] == nil else { continue }
            let object: PDFObject
            if let o = overrides[ref.number] {
                object = o
            } else if let k = bases.lastIndex(where: { $0 <= ref.number }), ref.number < bases[k] + sizes[k] {
                object = renumberings[k].apply(try parts[k].document.object(PDFReference(ref.number - bases[k] + 1, ref.generation)))
            } else {
                object = .null
            }
            objects[ref.number] = (ref.generation, object)
            Self.references(in: object, into: &queue)
        }
        let versions = parts.map { $0.document.headerVersion }.filter { !$0.isEmpty }
        let version = versions.max { $0.compare($1, options: .numeric) == .orderedAscending } ?? "1.7"
        var s = PDFSerializer()
        s.write("%PDF-\(version)\n%")
        s.out.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3])
        s.write("\n")
        var offsets: [Int: (offset: Int, generation: Int)] = [:]
        for number in objects.keys.sorted() {
            guard let o = objects[number] else { continue }
            offsets[number] = (s.out.count, o.generation)
            try s.writeIndirect(PDFReference(number, o.generation), o.object)
        }
        try PDFUpdate.writeClassicTable(&s, offsets: offsets, size: next,
                                        trailer: ["Root": .reference(catalogRef), "Info": .reference(infoRef)])
        return PDFWrittenFile(bytes: s.out, placeholders: s.placeholders)
    }

    private static func references(in object: PDFObject, into queue: inout [PDFReference]) {
        switch object {
        case .reference(let r): queue.append(r)
        case .array(let a): for x in a { references(in: x, into: &queue) }
        case .dictionary(let d): for (_, v) in d { references(in: v, into: &queue) }
        case .stream(let s): for (_, v) in s.dictionary { references(in: v, into: &queue) }
        default: break
        }
    }
}

/// One part's objects as they go into the joined file: numbers moved by `base`, some references sent to
/// new objects (the part's structure and outline roots), destination names prefixed, structure parent keys
/// moved by `keyOffset`.
private struct Renumbering {
    let base: Int
    let prefix: [UInt8]
    let keyOffset: Int
    var redirect: [PDFReference: PDFReference] = [:]

    init(base: Int, prefix: [UInt8], keyOffset: Int) { self.base = base; self.prefix = prefix; self.keyOffset = keyOffset }

    func number(_ r: PDFReference) -> PDFReference { redirect[r] ?? PDFReference(r.number + base, r.generation) }

    func apply(_ object: PDFObject) -> PDFObject {
        switch object {
        case .reference(let r): return .reference(number(r))
        case .array(let a): return .array(a.map(apply))
        case .dictionary(let d): return .dictionary(apply(d))
        case .stream(let s): return .stream(PDFStream(dictionary: apply(s.dictionary), data: s.data))
        default: return object
        }
    }

    private func apply(_ d: PDFDictionary) -> PDFDictionary {
        let goTo = d["S"]?.nameValue == "GoTo"
        var out = PDFDictionary()
        for (key, value) in d {
            switch (key, value) {
            case ("Dest", .string(let s)):
                out[key] = .string(PDFString(bytes: prefix + s.bytes, spelling: s.spelling))
            case ("D", .string(let s)) where goTo:
                out[key] = .string(PDFString(bytes: prefix + s.bytes, spelling: s.spelling))
            case ("StructParents", .integer(let n)), ("StructParent", .integer(let n)):
                out[key] = .integer(n + keyOffset)
            default:
                out[key] = apply(value)
            }
        }
        return out
    }
}

/// Reads the leaves of a number tree (page labels, the structure parent tree).
private struct NumberTree {
    let doc: PDFDocument
    init(_ doc: PDFDocument) { self.doc = doc }

    func leaves(_ node: PDFObject?, depth: Int = 0, _ body: (Int, PDFObject) throws -> Void) throws {
        guard let node, let d = try doc.dictionary(node) else { return }
        guard depth <= doc.limits.maxDepth else { throw PDFError.limit("a number tree is deeper than \(doc.limits.maxDepth)") }
        if let nums = try doc.resolve(d["Nums"]).arrayValue {
            var i = 0
            while i + 1 < nums.count {
                if let key = nums[i].integerValue { try body(key, nums[i + 1]) }
                i += 2
            }
        }
        for kid in try doc.resolve(d["Kids"]).arrayValue ?? [] { try leaves(kid, depth: depth + 1, body) }
    }
}

/// Reads the leaves of a name tree (named destinations).
private struct NameTree {
    let doc: PDFDocument
    init(_ doc: PDFDocument) { self.doc = doc }

    func leaves(_ node: PDFObject?, depth: Int = 0, _ body: ([UInt8], PDFObject) throws -> Void) throws {
        guard let node, let d = try doc.dictionary(node) else { return }
        guard depth <= doc.limits.maxDepth else { throw PDFError.limit("a name tree is deeper than \(doc.limits.maxDepth)") }
        if let names = try doc.resolve(d["Names"]).arrayValue {
            var i = 0
            while i + 1 < names.count {
                if let key = names[i].stringValue { try body(key.bytes, names[i + 1]) }
                i += 2
            }
        }
        for kid in try doc.resolve(d["Kids"]).arrayValue ?? [] { try leaves(kid, depth: depth + 1, body) }
    }
}

import IKEngine
import IKPDF

/// Adds Form structure elements for widget annotations to a tagged PDF's structure tree: each a child of
/// the Document element holding an object reference to its widget, found through the parent tree by the
/// widget's /StructParent (PDF/UA-1 7.18.4). A file without a structure tree gets no elements.
struct StructureAppender {
    private let doc: PDFDocument
    private let rootRef: PDFReference?
    private var root: PDFDictionary
    /// The element the Form elements go under (Cairo's Document element, or the root itself).
    private let parentRef: PDFReference?
    private var parentKids: [PDFObject] = []
    private var nums: [PDFObject] = []
    private var numsRef: PDFReference?
    private var tree: PDFDictionary = [:]
    private var treeRef: PDFReference?
    private var nextKey = 0
    private var forms: [(ref: PDFReference, dict: PDFDictionary)] = []
    private var pending: [PDFDictionary] = []

    init(doc: PDFDocument, catalog: PDFDictionary) throws {
        self.doc = doc
        rootRef = catalog["StructTreeRoot"]?.referenceValue
        root = try doc.dictionary(catalog["StructTreeRoot"]) ?? [:]
        // Cairo writes one Document element under the root: the form elements belong inside it.
        let rootKids = try Self.kids(of: root, doc)
        if rootKids.count == 1, let only = rootKids.first?.referenceValue,
           let element = try doc.object(only).dictionaryValue, element["S"]?.nameValue == "Document" {
            parentRef = only
            parentKids = try Self.kids(of: element, doc)
        } else {
            parentRef = rootRef
            parentKids = rootKids
        }
        treeRef = root["ParentTree"]?.referenceValue
        tree = try doc.dictionary(root["ParentTree"]) ?? [:]
        numsRef = tree["Nums"]?.referenceValue
        nums = try doc.resolve(tree["Nums"]).arrayValue ?? []
        var highest = -1
        var k = 0
        while k < nums.count { highest = max(highest, nums[k].integerValue ?? -1); k += 2 }
        nextKey = max(root["ParentTreeNextKey"]?.integerValue ?? 0, highest + 1)
    }

    private static func kids(of element: PDFDictionary, _ doc: PDFDocument) throws -> [PDFObject] {
        switch try doc.resolve(element["K"]) {
        case .array(let a): return a
        case .null: return []
        case let other: return [element["K"] ?? other]
        }
    }

    /// Notes a Form element for `widget` on `page`; returns the widget's /StructParent key, nil when the file
    /// is not tagged.
    mutating func addForm(widget: PDFReference, page: PDFReference, alt: String) -> Int? {
        guard rootRef != nil, let parentRef else { return nil }
        let key = nextKey
        nextKey += 1
        pending.append([
            "Type": .name("StructElem"), "S": .name("Form"), "P": .reference(parentRef), "Alt": .text(alt),
            "Pg": .reference(page),
            "K": .dictionary(["Type": .name("OBJR"), "Obj": .reference(widget), "Pg": .reference(page)]),
            "_key": .integer(key),
        ])
        return key
    }

    /// Writes the elements, the parent's kids, the parent tree and the root's next key.
    mutating func write(into update: inout PDFUpdate) throws {
        guard let rootRef, let parentRef, !pending.isEmpty else { return }
        for var element in pending {
            guard let key = element["_key"]?.integerValue else { continue }
            element["_key"] = nil
            let ref = update.add(.dictionary(element))
            parentKids.append(.reference(ref))
            nums += [.integer(key), .reference(ref)]
        }
        if parentRef == rootRef {
            root["K"] = .array(parentKids)
        } else {
            var parent = try doc.object(parentRef).dictionaryValue ?? [:]
            parent["K"] = .array(parentKids)
            update.set(parentRef, .dictionary(parent))
        }
        if let numsRef { update.set(numsRef, .array(nums)) } else { tree["Nums"] = .array(nums) }
        if let treeRef {
            update.set(treeRef, .dictionary(tree))
        } else {
            root["ParentTree"] = .dictionary(tree)
        }
        root["ParentTreeNextKey"] = .integer(nextKey)
        update.set(rootRef, .dictionary(root))
    }
}

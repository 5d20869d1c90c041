import Foundation

/// The `minutes:` section of a minutes layout file: which variant, how items are numbered, what the
/// page labels say, and the Swedish words the document prints (a municipality may reword them).
struct MinutesSettings: LayoutSection {
    enum Variant: String, Sendable {
        /// Minnesanteckningar: numbered items, optional signatures at the end.
        case plain
        /// Formal protokoll: § numbering, justering boxes on every page, anslag/bevis at the end.
        case protokoll
    }

    enum SignaturePlacement: String, Sendable { case start, end }

    var variant: Variant
    /// The item number as printed: `{number}.` or `§ {number}`.
    var numbering: String
    /// PDF page label of each page: `Protokoll {page}`.
    var pageLabel: String
    var signatures: SignaturePlacement
    /// An empty signature field on each signatory's line, named after the role ("Ordförande", "Justerare 1"),
    /// for `ikplan sign --field` or a signing service.
    var signatureFields = true
    var boxes: Boxes
    var texts: MinutesTexts

    /// The justering boxes of the formal variant, drawn in every page's footer.
    struct Boxes: Sendable {
        /// How many "Justerandes signatur" boxes; nil: one per ordförande and justerare, at least two.
        var count: Int?
        var width: Double
        var height: Double
        /// Width of the "Utdragsbestyrkande" box at the right; 0 leaves it out.
        var extractWidth: Double
        /// Distance from the page's bottom edge when the layout has no footer of its own.
        var offset: Double

        static let keys = ["count", "width", "height", "extract_width", "offset"]

        init() { count = nil; width = 80; height = 32; extractWidth = 120; offset = 28 }

        init(reading m: LayoutMap) {
            self.init()
            count = m.int("count", in: 1...6)
            if let v = m.length("width") { width = v }
            if let v = m.length("height") { height = v }
            if let v = m.length("extract_width") { extractWidth = v }
            if let v = m.length("offset") { offset = v }
        }
    }

    static let key = "minutes"
    static let keys = ["variant", "numbering", "page_label", "signatures", "signature_fields", "boxes", "texts"]

    init() { self.init(variant: .plain) }

    init(variant: Variant) {
        self.variant = variant
        numbering = variant == .protokoll ? "§ {number}" : "{number}."
        pageLabel = variant == .protokoll ? "Protokoll {page}" : "Minnesanteckningar {page}"
        signatures = variant == .protokoll ? .start : .end
        boxes = Boxes()
        texts = MinutesTexts()
    }

    init(reading m: LayoutMap) {
        var variant = Variant.plain
        if let v = m.string("variant") {
            if let known = Variant(rawValue: v) { variant = known } else {
                m.error("variant", "\(v) is not a variant", hint: "write plain (minnesanteckningar) or protokoll")
            }
        }
        self.init(variant: variant)
        if let v = m.string("numbering") { numbering = v }
        if let v = m.string("page_label") { pageLabel = v }
        if let v = m.string("signatures") {
            if let p = SignaturePlacement(rawValue: v) { signatures = p } else {
                m.error("signatures", "\(v) is not a placement", hint: "write start or end")
            }
        }
        if let v = m.bool("signature_fields") { signatureFields = v }
        if let b = m.map("boxes", known: Boxes.keys) { boxes = Boxes(reading: b) }
        if let t = m.map("texts", known: MinutesTexts.keys.map(\.0)) { texts = MinutesTexts(reading: t) }
    }

    /// "1." or "§ 1" for item `number`; "§" and its number never part at a line end.
    func itemNumber(_ number: Int) -> String {
        numbering.replacingOccurrences(of: "{number}", with: String(number)).replacingOccurrences(of: "§ ", with: "§\u{00A0}")
    }
}

/// The words the minutes print. Defaults are the ones Swedish municipalities use; every one can be
/// replaced under `minutes.texts` in the layout file.
struct MinutesTexts: Sendable {
    var date = "Datum"
    var place = "Plats"
    var placeAndTime = "Plats och tid"
    var participants = "Deltagare"
    var adjusters = "Utses att justera"
    var adjustment = "Justeringens plats och tid"
    var paragraphs = "Paragrafer"
    var decision = "Beslut"
    var summary = "Sammanfattning"
    var noteTaker = "Vid pennan"
    var signatures = "Underskrifter"
    var signPlaceAndDate = "Ort och datum"
    var adjusterSignature = "Justerandes signatur"
    var extract = "Utdragsbestyrkande"
    var anslag = "ANSLAG/BEVIS"
    var anslagIntro = "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."
    var organ = "Organ"
    var meetingDate = "Sammanträdesdatum"
    var posted = "Datum då anslaget sätts upp"
    var takenDown = "Datum då anslaget tas ned"
    var storagePlace = "Förvaringsplats för protokollet"
    var signature = "Underskrift"

    init() {}

    /// The keys under `minutes.texts`, and the word each replaces.
    static var keys: [(String, WritableKeyPath<MinutesTexts, String>)] { [
        ("date", \.date), ("place", \.place), ("place_and_time", \.placeAndTime), ("participants", \.participants),
        ("adjusters", \.adjusters), ("adjustment", \.adjustment), ("paragraphs", \.paragraphs), ("decision", \.decision),
        ("summary", \.summary), ("note_taker", \.noteTaker), ("signatures", \.signatures),
        ("sign_place_and_date", \.signPlaceAndDate), ("adjuster_signature", \.adjusterSignature), ("extract", \.extract),
        ("anslag", \.anslag), ("anslag_intro", \.anslagIntro), ("organ", \.organ), ("meeting_date", \.meetingDate),
        ("posted", \.posted), ("taken_down", \.takenDown), ("storage_place", \.storagePlace), ("signature", \.signature),
    ] }

    init(reading m: LayoutMap) {
        for (key, path) in Self.keys { if let v = m.string(key) { self[keyPath: path] = v } }
    }
}

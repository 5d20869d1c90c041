import Foundation

/// The `minutes:` section of a minutes layout file: which variant, how items are numbered, what the
/// page labels say, and the Swedish words the document prints (a municipality may reword them).
struct MinutesSettings: Decodable {
    enum Variant: String, Decodable {
        /// Minnesanteckningar: numbered items, optional signatures at the end.
        case plain
        /// Formal protokoll: § numbering, justering boxes on every page, anslag/bevis at the end.
        case protokoll
    }

    enum SignaturePlacement: String, Decodable { case start, end }

    var variant: Variant
    /// The item number as printed: `{number}.` or `§ {number}`.
    var numbering: String
    /// PDF page label of each page: `Protokoll {page}`.
    var pageLabel: String
    var signatures: SignaturePlacement
    var boxes: Boxes
    var texts: MinutesTexts

    /// The justering boxes of the formal variant, drawn in every page's footer.
    struct Boxes: Decodable {
        /// How many "Justerandes signatur" boxes; nil: one per ordförande and justerare, at least two.
        var count: Int?
        var width: Double
        var height: Double
        /// Width of the "Utdragsbestyrkande" box at the right; 0 leaves it out.
        var extractWidth: Double
        /// Distance from the page's bottom edge when the layout has no footer of its own.
        var offset: Double

        enum CodingKeys: String, CodingKey, CaseIterable { case count, width, height, extractWidth = "extract_width", offset }

        init() { count = nil; width = 80; height = 32; extractWidth = 120; offset = 28 }

        init(from decoder: Decoder) throws {
            try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Boxes()
            count = try c.decodeIfPresent(Int.self, forKey: .count)
            width = try c.decodeIfPresent(LayoutLength.self, forKey: .width)?.points ?? d.width
            height = try c.decodeIfPresent(LayoutLength.self, forKey: .height)?.points ?? d.height
            extractWidth = try c.decodeIfPresent(LayoutLength.self, forKey: .extractWidth)?.points ?? d.extractWidth
            offset = try c.decodeIfPresent(LayoutLength.self, forKey: .offset)?.points ?? d.offset
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case variant, numbering, pageLabel = "page_label", signatures, boxes, texts }

    init(variant: Variant = .plain) {
        self.variant = variant
        numbering = variant == .protokoll ? "§ {number}" : "{number}."
        pageLabel = variant == .protokoll ? "Protokoll {page}" : "Minnesanteckningar {page}"
        signatures = variant == .protokoll ? .start : .end
        boxes = Boxes()
        texts = MinutesTexts()
    }

    init(from decoder: Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let variant = try c.decodeIfPresent(Variant.self, forKey: .variant) ?? .plain
        let d = MinutesSettings(variant: variant)
        self.variant = variant
        numbering = try c.decodeIfPresent(String.self, forKey: .numbering) ?? d.numbering
        pageLabel = try c.decodeIfPresent(String.self, forKey: .pageLabel) ?? d.pageLabel
        signatures = try c.decodeIfPresent(SignaturePlacement.self, forKey: .signatures) ?? d.signatures
        boxes = try c.decodeIfPresent(Boxes.self, forKey: .boxes) ?? d.boxes
        texts = try c.decodeIfPresent(MinutesTexts.self, forKey: .texts) ?? d.texts
    }

    /// "1." or "§ 1" for item `number`; "§" and its number never part at a line end.
    func itemNumber(_ number: Int) -> String {
        numbering.replacingOccurrences(of: "{number}", with: String(number)).replacingOccurrences(of: "§ ", with: "§\u{00A0}")
    }
}

/// The words the minutes print. Defaults are the ones Swedish municipalities use; every one can be
/// replaced under `minutes.texts` in the layout file.
struct MinutesTexts: Decodable {
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

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case date, place, placeAndTime = "place_and_time", participants, adjusters, adjustment, paragraphs
        case decision, summary, noteTaker = "note_taker", signatures, signPlaceAndDate = "sign_place_and_date"
        case adjusterSignature = "adjuster_signature", extract, anslag, anslagIntro = "anslag_intro", organ
        case meetingDate = "meeting_date", posted, takenDown = "taken_down", storagePlace = "storage_place", signature
    }

    init(from decoder: Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ key: CodingKeys, _ value: inout String) throws {
            if let v = try c.decodeIfPresent(String.self, forKey: key) { value = v }
        }
        try read(.date, &date); try read(.place, &place); try read(.placeAndTime, &placeAndTime)
        try read(.participants, &participants); try read(.adjusters, &adjusters); try read(.adjustment, &adjustment)
        try read(.paragraphs, &paragraphs); try read(.decision, &decision); try read(.summary, &summary)
        try read(.noteTaker, &noteTaker); try read(.signatures, &signatures); try read(.signPlaceAndDate, &signPlaceAndDate)
        try read(.adjusterSignature, &adjusterSignature); try read(.extract, &extract); try read(.anslag, &anslag)
        try read(.anslagIntro, &anslagIntro); try read(.organ, &organ); try read(.meetingDate, &meetingDate)
        try read(.posted, &posted); try read(.takenDown, &takenDown); try read(.storagePlace, &storagePlace)
        try read(.signature, &signature)
    }
}


import Foundation

/// Words a Swedish user naturally types where plan.yaml wants its English key or schedule name:
/// `sannolikhet:` for `probability:`, `schedule: kvartalsvis` for `quarterly`. Used only for
/// "did you mean"; the file's keys stay English (docs/plan-format.md).
enum SwedishWords {
    /// Swedish word → the keys it may mean, most likely first; the first one known in the mapping at
    /// hand is suggested (`beskrivning` is `description` in an action, `consequence_description` in a risk).
    static let keys: [String: [String]] = [
        "sannolikhet": ["probability"],
        "konsekvens": ["consequence"],
        "konsekvensbeskrivning": ["consequence_description"],
        "beskrivning": ["description", "consequence_description"],
        "kommun": ["municipality"],
        "nämnd": ["board"], "styrelse": ["board"], "kommunstyrelse": ["board"],
        "år": ["year"], "planår": ["year"],
        "datum": ["date"],
        "titel": ["title"], "rubrik": ["title"],
        "språk": ["language"],
        "logotyp": ["logo"], "logga": ["logo"],
        "område": ["areas", "area"], "områden": ["areas"], "kontrollområde": ["area", "areas"],
        "processer": ["processes"],
        "risker": ["risks"],
        "åtgärder": ["actions"], "åtgärd": ["actions"],
        "kontroller": ["controls"], "kontrollmoment": ["controls"],
        "möte": ["meeting"], "sammanträde": ["meeting"],
        "texter": ["texts"], "inledning": ["introduction"], "förord": ["foreword"],
        "nummer": ["number"], "nr": ["number"], "risknummer": ["number"],
        "namn": ["name"], "kod": ["code"],
        "värde": ["value"], "riskvärde": ["value"],
        "hanterad": ["handled"], "hanterat": ["handled"], "hanteras": ["handled"],
        "föregående": ["previous"], "fjolår": ["previous"], "förra_året": ["previous"],
        "slutdatum": ["end_date"],
        "önskad_effekt": ["desired_effect"], "effekt": ["desired_effect"],
        "ansvarig": ["responsible"],
        "kontrollaktivitet": ["activity"], "aktivitet": ["activity"],
        "vad": ["what"], "hur": ["how"], "när": ["when"],
        "schema": ["schedule"], "frekvens": ["schedule"], "intervall": ["schedule"],
        "stickprov": ["samples"], "antal_stickprov": ["samples"], "urval": ["sample_from"],
        "plats": ["place"], "deltagare": ["participants"], "punkter": ["items"], "dagordning": ["items"],
        "beslut": ["decision"], "förslag": ["proposal"], "beslutspunkter": ["points"],
        "justerare": ["signatories"], "undertecknare": ["signatories"], "roll": ["role"],
        "starttid": ["start_time"], "sluttid": ["end_time"], "fil": ["file"], "undertecknad_av": ["signed_by"],
    ]

    /// Swedish schedule words → the schedule name.
    static let schedules: [String: String] = [
        "månadsvis": "monthly", "månatligen": "monthly", "varje_månad": "monthly", "per_månad": "monthly",
        "kvartalsvis": "quarterly", "varje_kvartal": "quarterly", "per_kvartal": "quarterly",
        "tertialvis": "per_tertial", "varje_tertial": "per_tertial", "tertial": "per_tertial",
        "halvårsvis": "half_yearly", "varje_halvår": "half_yearly", "per_halvår": "half_yearly", "halvår": "half_yearly",
        "årligen": "yearly", "årsvis": "yearly", "årlig": "yearly", "varje_år": "yearly", "per_år": "yearly",
        "en_gång_per_år": "yearly", "en_gång_om_året": "yearly",
        "händelsestyrt": "event_driven", "händelsestyrd": "event_driven", "vid_behov": "event_driven",
        "löpande": "event_driven", "vid_händelse": "event_driven",
    ]

    /// The key `word` stands for among `known`, if it is a Swedish word of the table (spelt with or
    /// without å, ä, ö, any case, spaces or hyphens for underscores).
    static func key(for word: String, among known: [String]) -> String? {
        lookup(word, in: keys)?.first { known.contains($0) }
    }

    static func schedule(for word: String) -> String? { lookup(word, in: schedules) }

    private static func lookup<V>(_ word: String, in table: [String: V]) -> V? {
        let w = normalize(word)
        if let v = table[w] { return v }
        // `sannolikhet` typed without å ä ö: `manadsvis`, `nämnd` as `namnd`.
        return table.first { fold($0.key) == fold(w) }?.value
    }

    static func normalize(_ word: String) -> String {
        String(word.lowercased().trimmingCharacters(in: .whitespaces).map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    private static func fold(_ word: String) -> String {
        String(word.map { c -> Character in
            switch c {
            case "å", "ä": return "a"
            case "ö": return "o"
            default: return c
            }
        })
    }
}

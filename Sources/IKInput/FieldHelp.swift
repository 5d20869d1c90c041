/// One-line hints shown under a diagnostic: what the field holds and how it is written.
/// Looked up by the field path with list indexes removed (`risks[3].probability` → `risks[].probability`).
enum FieldHelp {
    static func hint(for path: String) -> String {
        guard let entry = table[normalize(path)] else { return "" }
        return Messages.language == .swedish ? entry.sv : entry.en
    }

    /// `risks[3].previous.probability` → `risks[].previous.probability`.
    static func normalize(_ path: String) -> String {
        var out = ""
        var inIndex = false
        for ch in path {
            if ch == "[" { inIndex = true; out.append("[") } else if ch == "]" { inIndex = false; out.append("]") } else if !inIndex { out.append(ch) }
        }
        return out
    }

    /// English and Swedish, shown in the message language (`Messages.language`).
    static let table: [String: (en: String, sv: String)] = [
        "plan": ("the plan's identity: municipality, board, year, date, version", "planens identitet: municipality, board, year, date, version"),
        "plan.municipality": ("the municipality's name, e.g. Ånge kommun", "kommunens namn, till exempel Ånge kommun"),
        "plan.board": ("the nämnd that adopts the plan, e.g. Kommunstyrelsen", "nämnden som antar planen, till exempel Kommunstyrelsen"),
        "plan.year": ("the plan year, a whole number from 2000 to 2100", "planåret, ett heltal från 2000 till 2100"),
        "plan.date": ("the document date, YYYY-MM-DD", "dokumentets datum, ÅÅÅÅ-MM-DD"),
        "plan.version": ("the document version, e.g. \"1.0\"", "dokumentets version, till exempel \"1.0\""),
        "areas": ("a list of control areas, each with id and name", "en lista med kontrollområden, vart och ett med id och name"),
        "areas[].id": ("a lower-case identifier such as ekonomi, used by processes[].area", "ett id med små bokstäver, till exempel ekonomi, som processes[].area hänvisar till"),
        "areas[].name": ("the printed heading, e.g. Ekonomi", "rubriken som skrivs ut, till exempel Ekonomi"),
        "processes": ("a list of KLASSA processes, each with code, name and area", "en lista med KLASSA-processer, var och en med code, name och area"),
        "processes[].code": ("a KLASSA code is 1 to 4 numbers separated by dots, e.g. 2.4.1.2", "en KLASSA-kod är 1 till 4 tal med punkt emellan, till exempel 2.4.1.2"),
        "processes[].name": ("the process name, e.g. Betala leverantörsfakturor", "processens namn, till exempel Betala leverantörsfakturor"),
        "processes[].area": ("the id of one of the areas", "id:t för ett av områdena"),
        "risks": ("a list of risks, each with number, process, title, consequence_description, probability, consequence, handled", "en lista med risker, var och en med number, process, title, consequence_description, probability, consequence, handled"),
        "risks[].number": ("a unique positive whole number", "ett eget positivt heltal"),
        "risks[].process": ("the code of one of the processes, e.g. 2.4.1.2", "koden för en av processerna, till exempel 2.4.1.2"),
        "risks[].title": ("the risk in a few words", "risken med några ord"),
        "risks[].consequence_description": ("what happens if the risk occurs (konsekvensbeskrivning)", "vad som händer om risken inträffar (konsekvensbeskrivning)"),
        "risks[].probability": ("probability is a whole number from 1 (unlikely) to 4 (very likely)", "sannolikheten är ett heltal från 1 (osannolik) till 4 (mycket sannolik)"),
        "risks[].consequence": ("consequence is a whole number from 1 (minor) to 4 (very serious)", "konsekvensen är ett heltal från 1 (lindrig) till 4 (mycket allvarlig)"),
        "risks[].value": ("value is probability × consequence (1–16); leave it out to have it computed, or give only it when the plan prints no split", "värdet är sannolikhet × konsekvens (1–16); ta bort det så räknas det ut, eller ange bara det när planen inte delar upp det"),
        "risks[].handled": ("true when the risk is handled by actions or controls, else false; left out when the plan does not say", "true när risken hanteras med åtgärder eller kontroller, annars false; utelämnas när planen inte säger det"),
        "risks[].previous.probability": ("probability is a whole number from 1 (unlikely) to 4 (very likely)", "sannolikheten är ett heltal från 1 (osannolik) till 4 (mycket sannolik)"),
        "risks[].previous.consequence": ("consequence is a whole number from 1 (minor) to 4 (very serious)", "konsekvensen är ett heltal från 1 (lindrig) till 4 (mycket allvarlig)"),
        "actions": ("a list of preventive actions", "en lista med förebyggande åtgärder"),
        "actions[].risks": ("a list of risk numbers, e.g. [4] or [4, 7]", "en lista med risknummer, till exempel [4] eller [4, 7]"),
        "actions[].description": ("what will be done", "vad som ska göras"),
        "actions[].status": ("one of: ej påbörjad, pågående, försenad, klar, avbruten", "en av: ej påbörjad, pågående, försenad, klar, avbruten"),
        "actions[].end_date": ("the end date (slutdatum), YYYY-MM-DD", "slutdatum, ÅÅÅÅ-MM-DD"),
        "actions[].desired_effect": ("the desired effect (önskad effekt)", "önskad effekt"),
        "controls": ("a list of control activities", "en lista med kontrollaktiviteter"),
        "controls[].risks": ("a list of risk numbers, e.g. [13]", "en lista med risknummer, till exempel [13]"),
        "controls[].activity": ("the control activity (kontrollaktivitet)", "kontrollaktiviteten"),
        "controls[].what": ("Vad kontrolleras?", "Vad kontrolleras?"),
        "controls[].how": ("Hur sker kontrollen?", "Hur sker kontrollen?"),
        "controls[].when": ("När utförs kontrollen? in the plan's own words", "När utförs kontrollen? med planens egna ord"),
        "controls[].schedule": ("monthly, quarterly, per_tertial, half_yearly, yearly, event_driven, {months: [3, 9]} or {tertials: [1, 2]}", "monthly, quarterly, per_tertial, half_yearly, yearly, event_driven, {months: [3, 9]} eller {tertials: [1, 2]}"),
        "controls[].samples": ("a positive whole number, or a range such as \"3-5\"", "ett positivt heltal, eller ett intervall som \"3-5\""),
        "meeting.title": ("the meeting's title, e.g. Möte med politiska internkontrollanter", "mötets rubrik, till exempel Möte med politiska internkontrollanter"),
        "meeting.date": ("the meeting date, YYYY-MM-DD", "mötets datum, ÅÅÅÅ-MM-DD"),
        "meeting.place": ("where the meeting was held", "var mötet hölls"),
        "meeting.participants": ("a list of participants, each with a name", "en lista med deltagare, var och en med name"),
        "meeting.participants[].name": ("the participant's name", "deltagarens namn"),
        "meeting.items": ("a list of agenda items, each with number and title", "en lista med dagordningspunkter, var och en med number och title"),
        "meeting.items[].number": ("a unique positive whole number", "ett eget positivt heltal"),
        "meeting.items[].title": ("the agenda item's title", "punktens rubrik"),
        "meeting.items[].decision.proposal": ("the sentence that introduces the decision points", "meningen som inleder beslutspunkterna"),
        "meeting.items[].decision.points": ("a list of decision points", "en lista med beslutspunkter"),
        "meeting.signatories[].name": ("the signatory's name", "namnet på den som skriver under"),
        "meeting.signatories[].role": ("one of: ordförande, justerare, sekreterare", "en av: ordförande, justerare, sekreterare"),
        "texts.foreword.title": ("the foreword's heading", "förordets rubrik"),
        "texts.foreword.body": ("prose: an inline string or {file: name.md}", "text: direkt i plan.yaml eller {file: namn.md}"),
    ]
}

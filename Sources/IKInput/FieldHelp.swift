/// One-line hints shown under a diagnostic: what the field holds and how it is written.
/// Looked up by the field path with list indexes removed (`risks[3].probability` → `risks[].probability`).
enum FieldHelp {
    static func hint(for path: String) -> String {
        let normalized = normalize(path)
        return table[normalized] ?? ""
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

    static let table: [String: String] = [
        "plan": "the plan's identity: municipality, board, year, date, version",
        "plan.municipality": "the municipality's name, e.g. Ånge kommun",
        "plan.board": "the nämnd that adopts the plan, e.g. Kommunstyrelsen",
        "plan.year": "the plan year, a whole number from 2000 to 2100",
        "plan.date": "the document date, YYYY-MM-DD",
        "plan.version": "the document version, e.g. \"1.0\"",
        "areas": "a list of control areas, each with id and name",
        "areas[].id": "a lower-case identifier such as ekonomi, used by processes[].area",
        "areas[].name": "the printed heading, e.g. Ekonomi",
        "processes": "a list of KLASSA processes, each with code, name and area",
        "processes[].code": "a KLASSA code is 1 to 4 numbers separated by dots, e.g. 2.4.1.2",
        "processes[].name": "the process name, e.g. Betala leverantörsfakturor",
        "processes[].area": "the id of one of the areas",
        "risks": "a list of risks, each with number, process, title, consequence_description, probability, consequence, handled",
        "risks[].number": "a unique positive whole number",
        "risks[].process": "the code of one of the processes, e.g. 2.4.1.2",
        "risks[].title": "the risk in a few words",
        "risks[].consequence_description": "what happens if the risk occurs (konsekvensbeskrivning)",
        "risks[].probability": "probability is a whole number from 1 (unlikely) to 4 (very likely)",
        "risks[].consequence": "consequence is a whole number from 1 (minor) to 4 (very serious)",
        "risks[].value": "value is probability × consequence (1–16); leave it out to have it computed, or give only it when the plan prints no split",
        "risks[].handled": "true when the risk is handled by actions or controls, else false; left out when the plan does not say",
        "risks[].previous.probability": "probability is a whole number from 1 (unlikely) to 4 (very likely)",
        "risks[].previous.consequence": "consequence is a whole number from 1 (minor) to 4 (very serious)",
        "actions": "a list of preventive actions",
        "actions[].risks": "a list of risk numbers, e.g. [4] or [4, 7]",
        "actions[].description": "what will be done",
        "actions[].status": "one of: ej påbörjad, pågående, försenad, klar, avbruten",
        "actions[].end_date": "the end date (slutdatum), YYYY-MM-DD",
        "actions[].desired_effect": "the desired effect (önskad effekt)",
        "controls": "a list of control activities",
        "controls[].risks": "a list of risk numbers, e.g. [13]",
        "controls[].activity": "the control activity (kontrollaktivitet)",
        "controls[].what": "Vad kontrolleras?",
        "controls[].how": "Hur sker kontrollen?",
        "controls[].when": "När utförs kontrollen? in the plan's own words",
        "controls[].schedule": "monthly, quarterly, per_tertial, half_yearly, yearly, event_driven, {months: [3, 9]} or {tertials: [1, 2]}",
        "controls[].samples": "a positive whole number, or a range such as \"3-5\"",
        "meeting.title": "the meeting's title, e.g. Möte med politiska internkontrollanter",
        "meeting.date": "the meeting date, YYYY-MM-DD",
        "meeting.place": "where the meeting was held",
        "meeting.participants": "a list of participants, each with a name",
        "meeting.participants[].name": "the participant's name",
        "meeting.items": "a list of agenda items, each with number and title",
        "meeting.items[].number": "a unique positive whole number",
        "meeting.items[].title": "the agenda item's title",
        "meeting.items[].decision.proposal": "the sentence that introduces the decision points",
        "meeting.items[].decision.points": "a list of decision points",
        "meeting.signatories[].name": "the signatory's name",
        "meeting.signatories[].role": "one of: ordförande, justerare, sekreterare",
        "texts.foreword.title": "the foreword's heading",
        "texts.foreword.body": "prose: an inline string or {file: name.md}",
    ]
}

import Foundation
import IKModel

/// The `plan:` identity block and the `texts:` chapter texts.
extension PlanReader {
    /// Values the layouts print in running heads (`{municipality}`, `{title}`, `{meeting}`…): a head is a
    /// line or two in the margin, so a value must stay short enough to fit there.
    static let headLength = 150

    static let infoKeys = ["municipality", "board", "year", "title", "date", "version", "language", "logo"]

    func readInfo(_ field: YAMLField) -> PlanInfo? {
        guard let m = YAMLMapping(field, keys: Self.infoKeys) else { return nil }
        let municipality = m.required("municipality")?.text(maxLength: Self.headLength)
        let board = m.required("board")?.text(maxLength: Self.headLength)
        let year = integer(m.required("year"), in: 2000...2100)
        let title = m.optional("title")?.text(maxLength: Self.headLength)
        let date = m.required("date")?.date()
        let version = m.required("version")?.text(maxLength: Self.headLength)
        let language = m.optional("language")?.text()
        let logo = m.optional("logo").flatMap(readLogo)
        guard let municipality, let board, let year, let date, let version else { return nil }
        var info = PlanInfo(municipality: municipality, board: board, year: year, title: title ?? "Internkontrollplan \(year)",
                            date: date, version: version, language: language ?? "sv-SE", logo: logo?.name)
        info.logoData = logo?.bytes
        return info
    }

    /// A PNG or SVG file inside the plan folder, read and checked as render will draw it.
    private func readLogo(_ field: YAMLField) -> (name: String, bytes: [UInt8])? {
        guard let name = field.text() else { return nil }
        let lower = name.lowercased()
        let kind: LogoFile.Kind
        if lower.hasSuffix(".png") { kind = .png } else if lower.hasSuffix(".svg") { kind = .svg } else {
            field.error("logo \"\(name)\" must be a PNG or SVG file", hint: "name a .png or .svg file in the plan folder")
            return nil
        }
        guard PlanFolder.fileURL(name, in: prose.folder) != nil else {
            field.error("\"\(name)\" must name a file inside the plan folder", hint: "give a relative path without \"..\"")
            return nil
        }
        switch InputFile.read(name, confinedTo: prose.folder, limit: InputLimits.logoBytes) {
        case .failure(let failure):
            let (message, hint) = failure.describe(name, what: Messages.text(.whatLogoFile))
            field.error(message, hint: hint)
            return nil
        case .success(let bytes):
            if let problem = LogoFile.check(bytes, kind: kind) {
                field.error("logo file \"\(name)\" \(problem.message)", hint: problem.hint)
                return nil
            }
            return (name, bytes)
        }
    }

    static let textsKeys = ["introduction", "foreword", "risks", "actions", "controls"]
    static let forewordKeys = ["title", "body", "signed_by"]

    func readTexts(_ field: YAMLField) -> PlanTexts? {
        guard let m = YAMLMapping(field, keys: Self.textsKeys) else { return nil }
        var texts = PlanTexts()
        if let p = m.optional("introduction").flatMap(prose.read) { texts.introduction = p }
        if let p = m.optional("risks").flatMap(prose.read) { texts.risks = p }
        if let p = m.optional("actions").flatMap(prose.read) { texts.actions = p }
        if let p = m.optional("controls").flatMap(prose.read) { texts.controls = p }
        if let f = m.optional("foreword"), let fm = YAMLMapping(f, keys: Self.forewordKeys) {
            let title = fm.required("title")?.text()
            let body = fm.required("body").flatMap(prose.read)
            let signedBy = fm.optional("signed_by")?.text()
            if let title, let body { texts.foreword = Foreword(title: title, body: body, signedBy: signedBy) }
        }
        return texts
    }
}

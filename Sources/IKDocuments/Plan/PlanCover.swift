import Foundation
import IKEngine

extension PlanDocument {
    /// Page 1: the municipality (logo or name), the title, the board, date and version. No running heads:
    /// the layout's `first_page` turns them off.
    /// The plan's logo, when it names one: on the cover, and in the running heads in place of the name.
    func logo() throws -> ImageSource? {
        // The input stage read the file (confined to the plan folder) and checked it; the document draws
        // those bytes and never opens a path itself.
        guard let logo = plan.info.logo, let bytes = plan.info.logoData else { return nil }
        let url = (folder ?? URL(fileURLWithPath: ".")).appendingPathComponent(logo)
        do { return try ImageSource(bytes: bytes, name: logo) } catch {
            throw LayoutFileError(url: url, line: nil, message: "the plan's logo cannot be read: \(error)", hint: "give a PNG or SVG file in the plan folder")
        }
    }

    /// The layout's page with the logo standing where a running head prints just `{municipality}`.
    func pageStyle() throws -> PageStyle {
        var page = layout.page
        guard let image = try logo() else { return page }
        let height = styles.section.cover?.header_logo_height ?? mm(7)
        func swap(_ slot: PageDecoration.Slot?) -> PageDecoration.Slot? {
            if case .text(let lines)? = slot, lines == ["{municipality}"] { return .image(image, height: height) }
            return slot
        }
        for path in [\PageStyle.header, \PageStyle.footer] {
            guard var d = page[keyPath: path] else { continue }
            d.left = swap(d.left); d.center = swap(d.center); d.right = swap(d.right)
            page[keyPath: path] = d
        }
        return page
    }

    func cover() throws -> [any Block] {
        let info = plan.info
        let width = styles.width
        var out: [any Block] = []
        if let image = try logo() {
            let h = styles.section.cover?.logo_height ?? mm(28)
            let w = image.size.height > 0 ? image.size.width * h / image.size.height : h
            var f = Frame(size: Size(min(w, width), h))
            f.add(.image(image, Size(min(w, width), h)))
            out.append(Canvas(f, tag: .figure(alt: "\(info.municipality)s logotyp")))
        } else {
            out.append(Paragraph([TextSpan(info.municipality)], style: styles.coverMunicipality, tag: .paragraph, minLines: 1))
        }
        out.append(gap(styles.section.cover?.top ?? mm(70)))
        out.append(Paragraph([TextSpan(info.title)], style: styles.coverTitle, spaceAfter: 10, tag: .paragraph, minLines: 1))
        if let rule = styles.coverRule {
            var f = Frame(size: Size(width, rule.width + 2))
            f.add(.line(to: Point(width, 0), stroke: rule), at: Point(0, 1 + rule.width / 2))
            out.append(Canvas(f, tag: nil, spaceAfter: 10))
        }
        out.append(Paragraph([TextSpan(info.board)], style: styles.coverBoard, spaceAfter: 4, tag: .paragraph, minLines: 1))
        if info.logo != nil {
            out.append(Paragraph([TextSpan(info.municipality)], style: styles.coverBoard, tag: .paragraph, minLines: 1))
        }
        out.append(gap(mm(18)))
        let meta = "Datum: \(DocumentDate.swedish(info.date))\nVersion: \(info.version)"
        out.append(Paragraph([TextSpan(meta)], style: styles.coverMeta, tag: .paragraph, minLines: 1))
        out.append(PageBreak())
        return out
    }

    /// Fixed vertical space that, unlike `Spacer`, also holds at the top of a page.
    func gap(_ height: Double) -> any Block { Canvas(Frame(size: Size(1, height)), tag: nil) }
}

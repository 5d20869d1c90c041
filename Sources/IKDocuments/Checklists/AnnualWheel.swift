import Foundation
import IKEngine
import IKModel

/// The årshjul: the year as a wheel of twelve months starting at the top and running clockwise, the
/// tertials as the outer ring (T2 shaded), the months inside it, and one ring per control with a dot at
/// every month an occasion is due. Drawn as vectors; `textAlternative` says the same in words.
struct AnnualWheel {
    let plan: Plan
    let occasions: [Occasion]
    let styles: ChecklistStyles
    let text: FrameText
    let diameter: Double

    /// Controls with at least one dated occasion, in plan order: one ring each, outermost first.
    var tracks: [Int] {
        var seen: [Int] = []
        for o in occasions where o.due != nil && !seen.contains(o.controlIndex) { seen.append(o.controlIndex) }
        return seen
    }

    /// The angle of `fraction` of the year, clockwise from the top (y grows downwards in a frame).
    private func angle(_ fraction: Double) -> Double { -Double.pi / 2 + 2 * Double.pi * fraction }

    private func point(_ r: Double, _ a: Double, _ c: Double) -> Point { Point(c + r * cos(a), c + r * sin(a)) }

    /// An annular sector from year fraction `f0` to `f1` between radii `r0` < `r1`.
    private func sector(_ f0: Double, _ f1: Double, _ r0: Double, _ r1: Double, _ c: Double) -> [Point] {
        let steps = max(2, Int((f1 - f0) * 96))
        let outer = (0...steps).map { point(r1, angle(f0 + (f1 - f0) * Double($0) / Double(steps)), c) }
        let inner = (0...steps).reversed().map { point(r0, angle(f0 + (f1 - f0) * Double($0) / Double(steps)), c) }
        return outer + inner
    }

    private func circle(_ r: Double, _ center: Point, steps: Int = 96) -> [Point] {
        (0..<steps).map { k in
            let a = 2 * Double.pi * Double(k) / Double(steps)
            return Point(center.x + r * cos(a), center.y + r * sin(a))
        }
    }

    func frame() -> Frame {
        let r = diameter / 2, c = r
        var f = Frame(size: Size(diameter, diameter))
        let ink = styles.rule.color
        let thin = Stroke(color: ink, width: 0.4), thick = Stroke(color: ink, width: 1.4)
        let tertialOuter = r - 1, tertialInner = r - 17, monthInner = r - 34
        let markStyle = styles.mark
        // Tertials: the outer ring.
        for t in 0..<3 {
            let f0 = Double(t) / 3, f1 = Double(t + 1) / 3
            f.add(.polygon(sector(f0, f1, tertialInner, tertialOuter, c), fill: t == 1 ? styles.shade : nil, stroke: thin))
            let mid = angle((f0 + f1) / 2)
            // Only the name fits in the ring; the months say which they are.
            text.addCentered("T\(t + 1)", style: markStyle.with { $0.bold = true },
                             center: point((tertialOuter + tertialInner) / 2, mid, c), to: &f)
        }
        // Months.
        for m in 0..<12 {
            let f0 = Double(m) / 12, f1 = Double(m + 1) / 12
            f.add(.polygon(sector(f0, f1, monthInner, tertialInner, c), fill: nil, stroke: thin))
            text.addCentered(String(Period.monthNames[m].prefix(3)), style: markStyle,
                             center: point((tertialInner + monthInner) / 2, angle((f0 + f1) / 2), c), to: &f)
        }
        // One ring per control, a dot where an occasion is due.
        let hub = max(22, r * 0.2)
        let rings = tracks
        let spacing = rings.isEmpty ? 0 : (monthInner - 4 - hub) / Double(rings.count)
        let dot = max(1.2, min(3.2, spacing * 0.33))
        let idStyle = markStyle.with { $0.size = max(4.5, min(markStyle.size, spacing * 0.8)); $0.bold = true }
        for (k, index) in rings.enumerated() {
            let radius = monthInner - 4 - spacing * (Double(k) + 0.5)
            f.add(.polygon(circle(radius, Point(c, c)), fill: nil, stroke: Stroke(color: ink, width: 0.25, dash: [1, 1.5])))
            for o in occasions where o.controlIndex == index {
                guard let due = o.due else { continue }
                let p = point(radius, angle((Double(due.month) - 0.5) / 12), c)
                f.add(.polygon(circle(dot, p, steps: 16), fill: ink, stroke: nil))
            }
            // The id on the ring at the top, where the year starts and no dot is drawn.
            text.addCentered(plan.controlID(at: index), style: idStyle, center: Point(c, c - radius), to: &f)
        }
        // Tertial boundaries across the whole wheel: the board's follow-ups.
        for t in 0..<3 {
            let a = angle(Double(t) / 3)
            f.add(.line(to: Point((tertialOuter - hub) * cos(a), (tertialOuter - hub) * sin(a)), stroke: thick), at: point(hub, a, c))
        }
        f.add(.polygon(circle(hub, Point(c, c)), fill: nil, stroke: thin))
        text.addCentered(String(plan.info.year), style: styles.label.with { $0.size = max(8, min(16, hub * 0.5)) }, center: Point(c, c), to: &f)
        return f
    }

    /// The wheel in words, month by month: "Januari (T1): K7, K8".
    func textAlternative(undated: String) -> [String] {
        var lines: [String] = []
        for m in 1...12 {
            let due = occasions.filter { $0.due?.month == m }
            guard !due.isEmpty else { continue }
            let ids = due.map { o in
                if case .month = o.period { return o.controlID } else { return "\(o.controlID) (\(o.period.shortLabel))" }
            }
            lines.append("\(Period.monthNames[m - 1]) (T\((m - 1) / 4 + 1)): \(ids.joined(separator: ", "))")
        }
        let none = occasions.filter { $0.due == nil }.map(\.controlID)
        if !none.isEmpty { lines.append("\(undated): \(none.joined(separator: ", "))") }
        return lines
    }
}

import IKEngine
import IKModel

/// Inline Markdown onto engine text spans: emphasis and strong nest, links carry their target.
enum ProseInlines {
    static func spans(_ inlines: [ProseInline], linkColor: Color?) -> [TextSpan] {
        var out: [TextSpan] = []
        append(inlines, bold: nil, italic: nil, link: nil, linkColor: linkColor, to: &out)
        return merged(out)
    }

    private static func append(_ inlines: [ProseInline], bold: Bool?, italic: Bool?, link: String?,
                               linkColor: Color?, to out: inout [TextSpan]) {
        func span(_ text: String) -> TextSpan {
            TextSpan(text, bold: bold, italic: italic, color: link == nil ? nil : linkColor, link: link)
        }
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out.append(span(s))
            case .softBreak: out.append(span(" "))
            case .lineBreak: out.append(span("\n"))
            case .emphasis(let c): append(c, bold: bold, italic: !(italic ?? false), link: link, linkColor: linkColor, to: &out)
            case .strong(let c): append(c, bold: true, italic: italic, link: link, linkColor: linkColor, to: &out)
            case .link(let destination, let c):
                append(c, bold: bold, italic: italic, link: destination, linkColor: linkColor, to: &out)
            }
        }
    }

    /// Neighbouring spans that look alike become one, so Pango gets fewer attribute runs.
    private static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for s in spans {
            if var last = out.last, last.bold == s.bold, last.italic == s.italic, last.link == s.link, last.color == s.color {
                last.text += s.text
                out[out.count - 1] = last
            } else {
                out.append(s)
            }
        }
        return out
    }
}

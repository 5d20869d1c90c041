import IKEngine

/// Makes one document's marks fit into a bundle of several: destination names get a prefix (and so do
/// the links, page references and bookmarks that point at them), bookmarks move down a level.
struct FrameRenaming {
    /// Put before every destination name: unique per part, so two parts' "item-1" stay apart.
    let prefix: String
    /// Added to every bookmark level: the part's own bookmark is the level above.
    let levelShift: Int

    func apply(_ frame: Frame) -> Frame {
        frame.mapItems { item in
            switch item {
            case .destination(let name):
                return .destination(prefix + name)
            case .outline(let title, let level, let destination):
                return .outline(title: title, level: level + levelShift, destination: prefix + destination)
            case .link(let size, let target) where target.hasPrefix("#"):
                return .link(size, target: "#" + prefix + target.dropFirst())
            case .tagStart(.link(let target, let area, let description)) where target.hasPrefix("#"):
                return .tagStart(.link(target: "#" + prefix + target.dropFirst(), area: area, description: description))
            case .tagEnd(.link(let target, let area, let description)) where target.hasPrefix("#"):
                return .tagEnd(.link(target: "#" + prefix + target.dropFirst(), area: area, description: description))
            case .pageReference(let destination, let style, let width, let baseline):
                return .pageReference(destination: prefix + destination, style: style, width: width, baseline: baseline)
            case .group(let inner):
                return .group(apply(inner))
            default:
                return nil
            }
        }
    }

    func apply(_ page: LaidOutPage) -> LaidOutPage {
        var p = page
        p.body = apply(page.body)
        p.header = page.header.map(apply)
        p.footer = page.footer.map(apply)
        return p
    }
}

/// What can go wrong inside the engine, with a message a person can act on.
public enum EngineError: Error, CustomStringConvertible, Sendable {
    case fonts(String)
    case cairo(String)
    case image(String)
    case io(String)
    case layout(String)

    public var description: String {
        switch self {
        case .fonts(let m): return "fonts: \(m)"
        case .cairo(let m): return "PDF output: \(m)"
        case .image(let m): return "image: \(m)"
        case .io(let m): return m
        case .layout(let m): return "layout: \(m)"
        }
    }
}

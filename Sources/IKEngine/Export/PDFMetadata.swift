/// What the PDF's document information says. Dates are fixed so output is byte-identical across runs.
public struct PDFMetadata: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601, `2025-11-26T00:00:00Z`: both creation and modification date.
    public var date: String

    public init(title: String, author: String = "", subject: String = "", keywords: String = "",
                creator: String = "ikplan", date: String) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.date = date
    }
}

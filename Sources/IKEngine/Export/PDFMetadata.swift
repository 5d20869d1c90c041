/// What the PDF's document information says. Dates are fixed so output is byte-identical across runs.
public struct PDFMetadata: Sendable {
    /// The document's title; viewers show it in the window's title bar.
    public var title: String
    /// Who issues the document (the board and the municipality).
    public var author: String
    /// What the document is about, in a sentence.
    public var subject: String
    /// Comma-separated search words.
    public var keywords: String
    /// The program that made the content: `ikplan 0.1.0`.
    public var creator: String
    /// ISO 8601, `2025-11-26T00:00:00Z`: both creation and modification date.
    public var date: String

    public init(title: String, author: String = "", subject: String = "", keywords: String = "",
                creator: String = "ikplan", date: String) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.date = date
    }
}

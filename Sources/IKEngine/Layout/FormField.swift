/// A place on the page where a reader or a signing service fills something in: the writer notes where it
/// lies (Cairo 1.16 cannot make form fields) and a post-processing step turns it into an interactive field.
/// The engine knows only the kind of field, never what it is for.
public struct FormField: Hashable, Sendable {
    /// What the field takes.
    public enum Kind: Hashable, Sendable {
        /// A signature (/FT /Sig), left empty for `ikplan sign --field` or a signing service.
        case signature
        /// A text field (/FT /Tx) the reader types into; `multiline` for a box over several ruled lines.
        case text(multiline: Bool)
        /// A check box (/FT /Btn) that is on (`/Yes`) or off (`/Off`).
        case checkBox
    }

    /// The field's name (/T), unique in the document; a signing service addresses the field by it.
    public var name: String
    /// What it takes.
    public var kind: Kind
    /// What a screen reader says for it (/TU): "Underskrift, ordförande Eva Mörk Månsson".
    public var tooltip: String

    /// A text field's value when printed (/V), shown by the field itself; with it the field is read-only:
    /// what the document states (a drawn unit), carried where a reader and an import can read it.
    public var value: String?

    public init(name: String, kind: Kind, tooltip: String, value: String? = nil) {
        self.name = name; self.kind = kind; self.tooltip = tooltip; self.value = value
    }
}

/// A form field as the writer placed it: its page and its rectangle in PDF user space (points, origin at
/// the page's lower left), which is what a widget annotation's /Rect says.
public struct PlacedFormField: Hashable, Sendable {
    /// The field.
    public var field: FormField
    /// Its page, counted from 0.
    public var pageIndex: Int
    /// Its rectangle in PDF user space.
    public var rect: Rect

    public init(field: FormField, pageIndex: Int, rect: Rect) {
        self.field = field; self.pageIndex = pageIndex; self.rect = rect
    }
}

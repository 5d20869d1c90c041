/// `sample_from:` in plan.yaml: the file of units a control's stickprov is drawn from.
public struct PopulationReference: Hashable, Sendable {
    /// Path relative to the plan folder: `populations/arbetsplatser.csv`.
    public var file: String
    /// The column whose value is printed for a drawn unit; nil: the first column.
    public var column: String?

    public init(file: String, column: String? = nil) { self.file = file; self.column = column }
}

/// A population file as read: its header, one row per unit in file order, and what an auditor needs to
/// redo a draw (the name printed on the sheet, the row count, the SHA-256 of the bytes).
public struct Population: Hashable, Sendable {
    /// The file's name as printed on the sheet (no folders): `arbetsplatser.csv`.
    public var fileName: String
    /// The column names of the first row.
    public var header: [String]
    /// The data rows, each as long as the header, in file order.
    public var rows: [[String]]
    /// The full SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String

    public init(fileName: String, header: [String], rows: [[String]], sha256: String) {
        self.fileName = fileName; self.header = header; self.rows = rows; self.sha256 = sha256
    }

    /// Units (data rows) in the file.
    public var rowCount: Int { rows.count }

    /// The index of the column named `name` (nil: the first column); nil when there is no such column.
    public func columnIndex(_ name: String?) -> Int? {
        guard let name else { return header.isEmpty ? nil : 0 }
        return header.firstIndex(of: name)
    }

    /// What the sheet prints for unit `row`: its value in `column`.
    public func unit(_ row: Int, column: Int) -> String {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return "" }
        return rows[row][column]
    }
}

/// A spreadsheet's name as users write it: `file.xlsx`, or `file.xlsx#Sheet` for a sheet other than the first.
public enum WorkbookName {
    /// The workbook's file and the sheet asked for, when `name` names an .xlsx file (optionally `#Sheet`); nil for CSV.
    public static func split(_ name: String) -> (file: String, sheet: String?)? {
        if name.lowercased().hasSuffix(".xlsx") { return (name, nil) }
        guard let hash = name.lastIndex(of: "#") else { return nil }
        let file = String(name[..<hash])
        let sheet = String(name[name.index(after: hash)...])
        guard file.lowercased().hasSuffix(".xlsx"), !sheet.isEmpty else { return nil }
        return (file, sheet)
    }
}

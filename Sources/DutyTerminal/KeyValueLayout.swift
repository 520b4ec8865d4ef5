extension TextTable {
    /// `key  value` lines with the values aligned by display width. A value with line breaks
    /// continues on the following lines, indented to the value column; with a `width`, a
    /// longer value wraps there too.
    public static func keyValue(_ pairs: [(String, String)], width: Int? = nil) -> String {
        var table = TextTable(columns: [Column("key"), Column("value", wrapsTo: 20)], showsHeader: false)
        for (key, value) in pairs {
            for (index, line) in value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                table.rows.append([index == 0 ? key : "", String(line)])
            }
        }
        return table.render(width: width)
    }
}

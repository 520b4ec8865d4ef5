/// Rows of text in columns that line up on a terminal, whatever mix of Chinese and Latin they hold.
///
/// Cells are padded by display width, columns are two spaces apart, and lines carry no
/// trailing spaces. A cell is shown on one line: control characters such as line breaks
/// and tabs become spaces. Rendered to a width, a table that would be wider wraps the
/// columns that may wrap and drops columns by priority until it fits (see `render(width:)`).
public struct TextTable {
    /// Where a cell's text sits within its column.
    public enum Alignment: Sendable {
        case left, right
    }

    /// A column's header and alignment, and what may give way when the table is too wide.
    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment
        /// 0: always shown; a higher number is dropped sooner when the table does not fit.
        public var priority: Int
        /// The narrowest the column may be wrapped to, or nil when its cells stay on one line.
        public var wrapsTo: Int?

        public init(_ header: String, alignment: Alignment = .left, priority: Int = 0, wrapsTo: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.priority = priority
            self.wrapsTo = wrapsTo
        }
    }

    public var columns: [Column]
    /// The rows below the header, each with one cell per column.
    public var rows: [[String]]
    /// Whether the first line shows the column headers.
    public var showsHeader: Bool
    /// Decorates the text of a non-empty cell, e.g. with colour codes; the decoration does not
    /// count towards the column's width. Rows and columns count from 0; the header is not decorated.
    public var cellStyle: ((_ row: Int, _ column: Int, _ text: String) -> String)?

    public init(columns: [Column], rows: [[String]] = [], showsHeader: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.showsHeader = showsHeader
    }

    /// The table as lines joined by `\n`, without a final line break.
    ///
    /// With a `width`, a table wider than that first drops columns, the highest `priority`
    /// first (the rightmost of equals), until it fits or only columns of priority 0 are left,
    /// then wraps the wrapping columns, the widest first, just as far as needed. Columns of
    /// priority 0 are never dropped, so a table can stay wider than a very narrow terminal.
    public func render(width: Int? = nil) -> String {
        let body = rows.map { row in
            precondition(row.count == columns.count, "a row needs one cell per column")
            return row.map(Self.singleLine)
        }
        let header = showsHeader ? [columns.map { Self.singleLine($0.header) }] : []
        let natural = columns.indices.map { column in
            (header + body).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        let layout = Layout(columns: columns, natural: natural, header: header.first, width: width)
        let headerLines = header.flatMap { lines($0, layout: layout, row: nil) }
        let bodyLines = body.enumerated().flatMap { lines($1, layout: layout, row: $0) }
        // A loop rather than `joined(separator:)`, whose unspecialized generic code looks up
        // conformances at run time: that was an eighth of a whole `dutyctl status` run.
        var text = ""
        for (index, line) in (headerLines + bodyLines).enumerated() {
            if index > 0 { text += "\n" }
            text += line
        }
        return text
    }

    /// The columns shown and their widths.
    private struct Layout {
        var shown: [Int]
        /// Each column's width, by column index (an array: a dictionary's first use costs a
        /// conformance lookup that showed in `dutyctl status`, bench/cli-status.sh).
        var widths: [Int]

        init(columns: [Column], natural: [Int], header: [String]?, width: Int?) {
            shown = Array(columns.indices)
            widths = natural
            guard let width else { return }
            func narrowest(_ column: Int) -> Int {
                guard let wrapsTo = columns[column].wrapsTo else { return natural[column] }
                return min(natural[column], max(wrapsTo, header.map { DisplayWidth.of($0[column]) } ?? 0))
            }
            func total(_ width: (Int) -> Int) -> Int {
                shown.map(width).reduce(0, +) + 2 * max(shown.count - 1, 0)
            }
            while total({ natural[$0] }) > width,
                let drop = shown.filter({ columns[$0].priority > 0 }).max(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) })
            {
                shown.removeAll { $0 == drop }
            }
            var excess = total { natural[$0] } - width
            while excess > 0, let widest = shown.filter({ widths[$0] > narrowest($0) }).max(by: { (widths[$0], $0) < (widths[$1], $1) }) {
                widths[widest] -= 1
                excess -= 1
            }
        }
    }

    /// The lines of one row: one, or more when a cell wraps.
    private func lines(_ cells: [String], layout: Layout, row: Int?) -> [String] {
        let pieces = layout.shown.map { column in DisplayWidth.wrap(cells[column], to: layout.widths[column]) }
        let height = pieces.map { $0.count }.max() ?? 1
        return (0..<height).map { index in
            var line = ""
            for (position, column) in layout.shown.enumerated() {
                let text = index < pieces[position].count ? pieces[position][index] : ""
                let alignment = columns[column].alignment
                // A left-aligned last column needs no padding: it would only be trimmed off again.
                let isLast = position == layout.shown.count - 1
                let padding = isLast && alignment == .left ? "" : String(repeating: " ", count: max(layout.widths[column] - DisplayWidth.of(text), 0))
                var shown = text
                if let row, !text.isEmpty, let cellStyle {
                    shown = cellStyle(row, column, text)
                }
                if position > 0 { line += "  " }
                line += alignment == .left ? shown + padding : padding + shown
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private static func singleLine(_ text: String) -> String {
        if DisplayWidth.isPrintableASCII(text) { return text }
        return String(text.map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 })
    }
}

extension DisplayWidth {
    /// `text` broken into lines of at most `width` columns: at the last space that fits when
    /// there is one (Latin words stay whole), else between any two characters (Chinese has
    /// no spaces and breaks anywhere). A single character wider than `width` gets a line of its own.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard of(text) > width, width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width, !line.isEmpty {
                if character != " ", let space = line.lastIndex(of: " "), line[..<space].contains(where: { $0 != " " }) {
                    let carried = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = carried
                    used = of(carried)
                } else {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                if character == " " && line.isEmpty { continue }
            }
            line.append(character)
            used += columns
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }
    }
}

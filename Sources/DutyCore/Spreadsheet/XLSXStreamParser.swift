import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the two large parts of a workbook, a worksheet and its shared strings, in one pass of
/// Foundation's streaming `XMLParser` (libxml2), keeping only cells, merged ranges and strings.
///
/// XMLCoder builds a tree of the whole part first; for a 20,000-row sheet that took most of the
/// read (bench/README.md has the figures), so the small parts alone still go through it.
enum XLSXStreamParser {
    /// The cells and merged ranges of a worksheet part.
    static func worksheet(_ bytes: [UInt8]) -> Result<XLSXParts.Worksheet, XLSXParts.Damage> {
        run(SheetCollector(), bytes).map(\.worksheet)
    }

    /// Each string item (`<si>`) of `xl/sharedStrings.xml`, its runs joined; phonetic hints (`<rPh>`) left out.
    static func sharedStrings(_ bytes: [UInt8]) -> Result<[String], XLSXParts.Damage> {
        run(StringsCollector(), bytes).map(\.strings)
    }

    private static func run<Collector: TextCollector>(_ collector: Collector, _ bytes: [UInt8]) -> Result<Collector, XLSXParts.Damage> {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        let parsed = parser.parse()
        if let damage = collector.damage { return .failure(damage) }
        guard parsed else { return .failure(XLSXParts.Damage(reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML")) }
        guard collector.depth == 0 else { return .failure(XLSXParts.Damage(reason: "it ends inside an element")) }
        return .success(collector)
    }

    /// A delegate that gathers the text inside the elements it marks, element names taken without a namespace prefix.
    private class TextCollector: NSObject, XMLParserDelegate {
        var text: String?
        var damage: XLSXParts.Damage?

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            text? += String(decoding: block, as: UTF8.self)
        }

        /// Elements opened and not yet closed: not zero at the end of a cut-off part, which the parser accepts.
        var depth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            depth += 1
            opened(name.localName, attributes, parser)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            closed(name.localName, parser)
        }

        /// Overridden by each collector, for an element's start tag (name without its prefix).
        func opened(_ name: Substring, _ attributes: [String: String], _ parser: XMLParser) {}

        /// Overridden by each collector, for an element's end tag.
        func closed(_ name: Substring, _ parser: XMLParser) {}

        /// Stops the parse with `reason`.
        func fail(_ parser: XMLParser, _ reason: String) {
            damage = XLSXParts.Damage(reason: reason)
            parser.abortParsing()
        }
    }

    /// Gathers `<row>`, `<c>` (its `r`, `t`, `s`, `<v>` and inline `<is>` text) and `<mergeCell ref>`.
    private final class SheetCollector: TextCollector {
        var worksheet = XLSXParts.Worksheet()
        private var cell: XLSXParts.Worksheet.Cell?
        private var inline: String?
        private var phonetic = false

        override func opened(_ name: Substring, _ attributes: [String: String], _ parser: XMLParser) {
            switch name {
            case "row":
                guard let row = number(attributes["r"], "row number", parser) else { return }
                worksheet.rows.append(XLSXParts.Worksheet.Row(r: row))
            case "c":
                guard let style = number(attributes["s"], "cell style", parser) else { return }
                cell = XLSXParts.Worksheet.Cell(r: attributes["r"], t: attributes["t"], s: style)
            case "v" where cell != nil: text = ""
            case "is" where cell != nil: inline = ""
            case "rPh": phonetic = true
            case "t" where inline != nil && !phonetic: text = ""
            case "mergeCell": attributes["ref"].map { worksheet.merges.append($0) }
            default: break
            }
        }

        /// The attribute's number: `.some(nil)` when absent, nil (and the parse stopped) when not a number.
        private func number(_ attribute: String?, _ what: String, _ parser: XMLParser) -> Int?? {
            guard let attribute else { return .some(nil) }
            guard let value = Int(attribute) else {
                fail(parser, "\(what) \"\(attribute)\" is not a number")
                return nil
            }
            return value
        }

        override func closed(_ name: Substring, _ parser: XMLParser) {
            switch name {
            case "c":
                guard let finished = cell else { return }
                if worksheet.rows.isEmpty { return fail(parser, "a cell outside a row") }
                worksheet.rows[worksheet.rows.count - 1].c.append(finished)
                cell = nil
            case "v" where cell != nil:
                cell?.v = text
                text = nil
            case "is" where cell != nil:
                cell?.inline = inline
                inline = nil
            case "rPh": phonetic = false
            case "t" where inline != nil && !phonetic:
                inline? += text ?? ""
                text = nil
            default: break
            }
        }
    }

    /// Gathers the text of each `<si>`: its `<t>` elements, in runs or not, outside `<rPh>`.
    private final class StringsCollector: TextCollector {
        var strings: [String] = []
        private var item: String?
        private var phonetic = false

        override func opened(_ name: Substring, _ attributes: [String: String], _ parser: XMLParser) {
            switch name {
            case "si": item = ""
            case "rPh": phonetic = true
            case "t" where item != nil && !phonetic: text = ""
            default: break
            }
        }

        override func closed(_ name: Substring, _ parser: XMLParser) {
            switch name {
            case "si":
                strings.append(item ?? "")
                item = nil
            case "rPh": phonetic = false
            case "t" where item != nil && !phonetic:
                item? += text ?? ""
                text = nil
            default: break
            }
        }
    }
}

private extension String {
    /// The element name without its namespace prefix: `x:row` → `row`.
    var localName: Substring {
        guard let colon = lastIndex(of: ":") else { return self[...] }
        return self[index(after: colon)...]
    }
}

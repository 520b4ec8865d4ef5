/// Re-indents compact JSON the way `JSONEncoder` writes it with `.prettyPrinted`, copying every
/// key, string and number byte for byte: the pretty form of a reply without decoding it and
/// encoding it again. Members stay in the order they come in (the daemon sorts its keys).
/// Hand-written for `dutyctl alerts --json` (bench/README.md, row "`dutyctl alerts --json` with
/// 100,000 alerts took 17.4 s"): decoding and encoding 100,000 alerts cost seconds and 434 MiB.
public struct JSONPrettyPrinter {
    private var out: [UInt8] = []
    private var depth = 0
    /// Whether the next token starts a line and so takes the indentation first.
    private var indentPending = false

    /// Hands `output` the pretty form of `compact` in consecutive pieces of about `pieceSize`
    /// bytes, so that the whole never has to be held. Whitespace between tokens is dropped.
    public static func reindent(_ compact: ArraySlice<UInt8>, pieceSize: Int = 1 << 16, _ output: ([UInt8]) -> Void) {
        var printer = JSONPrettyPrinter()
        printer.out.reserveCapacity(pieceSize + 4_096)
        compact.withUnsafeBufferPointer { input in
            var index = 0
            while index < input.count {
                index = printer.take(input, at: index)
                if printer.out.count >= pieceSize {
                    output(printer.out)
                    printer.out.removeAll(keepingCapacity: true)
                }
            }
        }
        if !printer.out.isEmpty { output(printer.out) }
    }

    /// Writes the token at `index` and returns where the next one starts.
    private mutating func take(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = input[index]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            indent()
            out.append(byte)
            out.append(UInt8(ascii: "\n"))
            depth += 1
            indentPending = true
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            out.append(UInt8(ascii: "\n"))
            indentPending = true
            indent()
            out.append(byte)
        case UInt8(ascii: ","):
            out.append(UInt8(ascii: ","))
            out.append(UInt8(ascii: "\n"))
            indentPending = true
        case UInt8(ascii: ":"):
            out.append(UInt8(ascii: " "))
            out.append(UInt8(ascii: ":"))
            out.append(UInt8(ascii: " "))
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            break
        default:
            indent()
            let end = Self.tokenEnd(input, from: index)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<end]))
            return end
        }
        return index + 1
    }

    private mutating func indent() {
        guard indentPending else { return }
        indentPending = false
        for _ in 0..<depth {
            out.append(UInt8(ascii: " "))
            out.append(UInt8(ascii: " "))
        }
    }

    /// The end of the string, number or literal starting at `start`.
    private static func tokenEnd(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start + 1
        if input[start] == UInt8(ascii: "\"") {
            while index < input.count, input[index] != UInt8(ascii: "\"") {
                index += input[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(index + 1, input.count)
        }
        while index < input.count {
            switch input[index] {
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "}"),
                UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                return index
            default:
                index += 1
            }
        }
        return index
    }
}

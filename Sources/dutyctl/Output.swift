import DutyProtocol
import Glibc

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Prints a reply as pretty JSON with sorted keys.
func printJSON<Value: Encodable>(_ value: Value) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Prints a reply's parameters, compact JSON with sorted keys as the daemon writes them, as
/// `printJSON` prints the decoded reply, byte for byte, without decoding it.
func printJSON(raw compact: ArraySlice<UInt8>) {
    JSONPrettyPrinter.reindent(compact, writeToStandardOutput)
    writeToStandardOutput([UInt8(ascii: "\n")])
}

/// Writes all of `bytes` to standard output, unbuffered (nothing is printed before it).
private func writeToStandardOutput(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
    }
}

/// Decodes a spreadsheet export: UTF-8 (with or without BOM) or GB18030/GBK; anything else is an error naming the file and the byte offset/row where decoding failed.
///
/// Valid UTF-8 wins (Excel's "CSV UTF-8" starts with a BOM, which is dropped); a file with a UTF-8
/// BOM must be valid UTF-8. Otherwise the bytes are read as GB18030, which is what Excel writes as
/// plain "CSV" on Chinese Windows (GBK and GB2312 are subsets of it).
public enum SpreadsheetTextDecoder {
    public static func decode(_ bytes: [UInt8], file: String) throws -> String {
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasBOM = bytes.starts(with: utf8BOM)
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        let utf8Offset = firstInvalidUTF8Offset(in: body) + (hasBOM ? 3 : 0)
        if hasBOM {
            throw failure(file, bytes, at: utf8Offset, "the file starts with a UTF-8 byte order mark but is not valid UTF-8; save it again as \"CSV UTF-8\"")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw failure(file, bytes, at: 0, "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or \"CSV\"")
        }
        switch GB18030Decoder.decode(bytes) {
        case .success(let text):
            return text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        case .failure(let failure):
            let offset = max(utf8Offset, failure.offset)
            throw Self.failure(file, bytes, at: offset, "neither UTF-8 (invalid at byte \(utf8Offset)) nor GB18030 (\(failure.reason) at byte \(failure.offset)); save it as \"CSV UTF-8\" or \"CSV\"")
        }
    }

    private static func failure(_ file: String, _ bytes: [UInt8], at offset: Int, _ message: String) -> SpreadsheetTextError {
        let line = bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return SpreadsheetTextError(file: file, byteOffset: offset, line: line, message: message)
    }

    /// The offset of the first byte of the first invalid UTF-8 sequence.
    private static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }
}

import DutyCore
import DutyShell
import Foundation
import Testing

@Suite("Spreadsheet text decoding")
struct SpreadsheetTextDecoderTests {
    static let text = "学校,风险等级\n日照市第一中学,重大\n"
    /// `printf '学校,风险等级\n日照市第一中学,重大\n' | iconv -f UTF-8 -t GB18030`
    static let gb18030: [UInt8] = [
        0xd1, 0xa7, 0xd0, 0xa3, 0x2c, 0xb7, 0xe7, 0xcf, 0xd5, 0xb5, 0xc8, 0xbc, 0xb6, 0x0a,
        0xc8, 0xd5, 0xd5, 0xd5, 0xca, 0xd0, 0xb5, 0xda, 0xd2, 0xbb, 0xd6, 0xd0, 0xd1, 0xa7, 0x2c, 0xd6, 0xd8, 0xb4, 0xf3, 0x0a,
    ]
    /// `printf '名称\n𠀀\n' | iconv -f UTF-8 -t GB18030`: U+20000 is the four-byte sequence 95 32 82 36.
    static let fourByte: [UInt8] = [0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0x95, 0x32, 0x82, 0x36, 0x0a]

    private func failure(_ bytes: [UInt8]) -> SpreadsheetTextError? {
        do {
            _ = try SpreadsheetTextDecoder.decode(bytes, file: "ledger.csv")
            return nil
        } catch {
            return error as? SpreadsheetTextError
        }
    }

    @Test("UTF-8, UTF-8 with a byte order mark and GB18030 decode to the same text")
    func sameText() throws {
        let utf8 = Array(Self.text.utf8)
        #expect(try SpreadsheetTextDecoder.decode(utf8, file: "a.csv") == Self.text)
        #expect(try SpreadsheetTextDecoder.decode([0xEF, 0xBB, 0xBF] + utf8, file: "a.csv") == Self.text)
        #expect(try SpreadsheetTextDecoder.decode(Self.gb18030, file: "a.csv") == Self.text)
    }

    @Test("a four-byte GB18030 sequence decodes outside the BMP")
    func fourByteSequence() throws {
        #expect(try SpreadsheetTextDecoder.decode(Self.fourByte, file: "a.csv") == "名称\n𠀀\n")
    }

    @Test("an empty file is empty text")
    func empty() throws {
        #expect(try SpreadsheetTextDecoder.decode([], file: "a.csv") == "")
    }

    @Test("bytes that are neither UTF-8 nor GB18030 fail with the file, and the byte and line where decoding got furthest")
    func invalid() throws {
        let error = try #require(failure(Array("学校,风险\n一中,".utf8) + [0xFF, 0x0a]))
        #expect(error.byteOffset == 21)
        #expect(error.line == 2)
        #expect(error.description == "ledger.csv: byte 21 (line 2): neither UTF-8 (invalid at byte 21) nor GB18030 (not a GB18030 character at byte 16); save it as \"CSV UTF-8\" or \"CSV\"")
    }

    @Test("a GB18030 file cut inside a character fails at that character")
    func truncated() throws {
        let error = try #require(failure(Self.gb18030 + [0xd1]))
        #expect(error.byteOffset == Self.gb18030.count)
        #expect(error.line == 3)
        #expect(error.message.contains("the file ends inside a GB18030 character"))
    }

    @Test("a UTF-8 byte order mark promises UTF-8, so GB18030 after it is an error")
    func byteOrderMarkThenGB18030() throws {
        let error = try #require(failure([0xEF, 0xBB, 0xBF] + Self.gb18030))
        #expect(error.byteOffset == 3 + 5)
        #expect(error.message.contains("byte order mark"))
    }

    @Test("UTF-16 is recognised and refused")
    func utf16() throws {
        let error = try #require(failure([0xFF, 0xFE, 0x66, 0x5b]))
        #expect(error.byteOffset == 0)
        #expect(error.message.contains("UTF-16"))
    }

    @Test("CSVFile reads, decodes and parses a GB18030 file, and names an unreadable one")
    func csvFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dutyd-csv-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Self.gb18030).write(to: URL(fileURLWithPath: path))
        let table = try CSVFile.read(path: path)
        #expect(table.file == path)
        #expect(table.header == ["学校", "风险等级"])
        #expect(table.rows == [CSVRecord(row: 2, fields: ["日照市第一中学", "重大"])])

        #expect(throws: SpreadsheetTextError(file: "/nonexistent/x.csv", message: "cannot read the file: No such file or directory")) {
            try CSVFile.read(path: "/nonexistent/x.csv")
        }
    }
}

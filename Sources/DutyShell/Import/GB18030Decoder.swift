import Glibc

/// GB18030 (a superset of GBK and GB2312) to String through glibc's iconv, which reports where decoding stops.
enum GB18030Decoder {
    /// The decoded text, or the offset of the first byte that is not GB18030.
    static func decode(_ bytes: [UInt8]) -> Result<String, DecodingFailure> {
        guard !bytes.isEmpty else { return .success("") }
        let converter = iconv_open("UTF-8", "GB18030")
        guard Int(bitPattern: converter) != -1 else {
            return .failure(DecodingFailure(offset: 0, reason: "this system's iconv cannot convert GB18030: \(String(cString: strerror(errno)))"))
        }
        defer { iconv_close(converter) }
        // Each GB18030 sequence of n bytes becomes at most 3n/2 bytes of UTF-8 (2 → 3, 4 → 4).
        var output = [UInt8](repeating: 0, count: bytes.count * 3 / 2 + 4)
        var input = bytes
        let (consumed, produced, error) = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                inputBuffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: inputBuffer.count) { inputStart in
                    outputBuffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: outputBuffer.count) { outputStart in
                        var inPointer: UnsafeMutablePointer<CChar>? = inputStart
                        var outPointer: UnsafeMutablePointer<CChar>? = outputStart
                        var inLeft = inputBuffer.count
                        var outLeft = outputBuffer.count
                        let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                        return (inputBuffer.count - inLeft, outputBuffer.count - outLeft, status == -1 ? errno : 0)
                    }
                }
            }
        }
        guard error == 0 else {
            let reason = error == EINVAL ? "the file ends inside a GB18030 character" : "not a GB18030 character"
            return .failure(DecodingFailure(offset: consumed, reason: reason))
        }
        return .success(String(decoding: output[..<produced], as: UTF8.self))
    }

    /// Where and why decoding stopped.
    struct DecodingFailure: Error {
        let offset: Int
        let reason: String
    }
}

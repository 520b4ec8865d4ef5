import Foundation

/// Decodes a `multipart/form-data` body, as a form with a file input sends it.
///
/// Hand-written: the only multipart package on the list (vapor/multipart-kit) brings Vapor's
/// conventions for ~60 lines of work.
struct MultipartForm {
    /// One uploaded file: the field it came in and its bytes.
    struct File {
        var field: String
        var data: [UInt8]
    }

    var fields: [String: String] = [:]
    var files: [File] = []

    /// An empty form, for bodies that are not multipart.
    init() {}

    /// The boundary of a `multipart/form-data; boundary=…` content type, or nil.
    static func boundary(of contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: [" ", "\""]) }
            if pair.count == 2, pair[0].lowercased() == "boundary", !pair[1].isEmpty { return pair[1] }
        }
        return nil
    }

    /// The parts of `body`; nil when it is not well formed. Empty file inputs are skipped.
    init?(_ body: [UInt8], boundary: String) {
        let delimiter = Array("--\(boundary)".utf8)
        var parts = body.split(separator: delimiter, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        parts.removeFirst()
        for part in parts {
            var bytes = Array(part)
            if bytes.starts(with: Array("--".utf8)) { break }
            guard bytes.starts(with: [13, 10]), let headerEnd = bytes.firstRange(of: [13, 10, 13, 10]) else { return nil }
            let headers = String(decoding: bytes[2..<headerEnd.lowerBound], as: UTF8.self)
            bytes = Array(bytes[headerEnd.upperBound...])
            if bytes.suffix(2) == [13, 10] { bytes.removeLast(2) }
            guard let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                let name = Self.parameter("name", in: disposition)
            else { return nil }
            if Self.parameter("filename", in: disposition) != nil {
                if !bytes.isEmpty { files.append(File(field: name, data: bytes)) }
            } else if fields[name] == nil {
                fields[name] = String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    private static func parameter(_ key: String, in header: Substring) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: [" ", "\""]) }
            if pair.count == 2, pair[0] == key { return pair[1] }
        }
        return nil
    }
}

import DutyCore
import Foundation
import ZIPFoundation

/// Opens .xlsx workbooks (zip archives) for `XLSXReader` and packs `XLSXWriter`'s parts into one, within size bounds.
public enum XLSXFile {
    /// The largest workbook file read.
    public static let maxFileBytes = 32 << 20
    /// The most bytes one part may unpack to, and all parts together: a zip bomb stops here.
    public static let maxPartBytes = 64 << 20
    public static let maxTotalBytes = 128 << 20

    /// The table of a sheet (the first when `sheet` is nil); a file that is not a workbook, is damaged or too large is an `XLSXError`.
    public static func read(path: String, sheet: String?) throws(XLSXError) -> CSVTable {
        try read(try contents(path), file: path, sheet: sheet)
    }

    /// The table of a sheet of the workbook `data`, named `file` in messages (see `read(path:sheet:)`).
    public static func read(_ data: Data, file path: String, sheet: String?) throws(XLSXError) -> CSVTable {
        guard data.count <= maxFileBytes else { throw tooLarge(path, bytes: data.count) }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError(file: path, message: "not an .xlsx workbook (not a zip archive); an old .xls file must be saved again as \"Excel 工作簿 (*.xlsx)\"")
        }
        var unpacked = 0
        return try XLSXReader.read(file: path, sheet: sheet) { (name: String) throws(XLSXError) -> [UInt8]? in
            guard let entry = archive[name] else { return nil }
            guard entry.uncompressedSize <= UInt64(maxPartBytes) else { throw tooLarge(path, name) }
            var bytes: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    unpacked += chunk.count
                    guard bytes.count + chunk.count <= maxPartBytes, unpacked <= maxTotalBytes else { throw SizeExceeded() }
                    bytes += chunk
                }
            } catch is SizeExceeded {
                throw tooLarge(path, name)
            } catch {
                throw XLSXError(file: path, message: "the workbook is damaged: \(name) cannot be unpacked (\(error)); open and save it again in Excel")
            }
            return bytes
        }
    }

    /// The .xlsx bytes of `parts`, deflated.
    public static func pack(_ parts: [XLSXWriter.Part]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let bytes = Data(part.text.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw XLSXError(file: "", message: "the workbook could not be packed") }
        return data
    }

    private static func contents(_ path: String) throws(XLSXError) -> Data {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            let reason = access(path, R_OK) == 0 ? "not a regular file" : String(cString: strerror(errno))
            throw XLSXError(file: path, message: "cannot read the file: \(reason)")
        }
        guard Int(status.st_size) <= maxFileBytes else { throw tooLarge(path, bytes: Int(status.st_size)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XLSXError(file: path, message: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        return data
    }

    private static func tooLarge(_ path: String, bytes: Int) -> XLSXError {
        XLSXError(file: path, message: "the workbook is \(bytes >> 20) MiB; dutyd reads workbooks up to \(maxFileBytes >> 20) MiB: split it")
    }

    private static func tooLarge(_ path: String, _ part: String) -> XLSXError {
        XLSXError(file: path, message: "\(part) unpacks to more than \(maxPartBytes >> 20) MiB (or the workbook to more than \(maxTotalBytes >> 20) MiB); dutyd refuses it: split the workbook")
    }

    private struct SizeExceeded: Error {}
}

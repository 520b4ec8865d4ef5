import DutyCore
import DutyPhrases
import DutyProtocol
import Foundation

/// The ledger a client sent with `ImportLedger` (a descriptor it opened, or the bytes), read off
/// the daemon's queue. The daemon never opens a path a client names.
enum LedgerUpload {
    /// The ledger as a table, or why it cannot be read; a call that sends no file, or two, is an `InvalidParameter`.
    static func read(_ request: ImportLedgerRequest, files: PassedFiles) -> Result<LedgerInput, VarlinkError> {
        let bytes: [UInt8]
        do {
            switch (request.file, request.content) {
            case (let index?, nil):
                guard let fd = files.take(index) else { return .failure(.invalidParameter("file")) }
                defer { close(fd) }
                bytes = try RegularFile.bytes(of: fd, limit: ImportLedgerRequest.maximumFileBytes)
            case (nil, let content?):
                guard let data = Data(base64Encoded: content) else { return .failure(.invalidParameter("content")) }
                bytes = Array(data)
            default:
                return .failure(.invalidParameter(request.file == nil ? "file" : "content"))
            }
        } catch {
            return .success(.unreadable(path: request.name, problem: DiagnosticLine(file: request.name, position: .wholeFile, phrase: Phrase("sheet.cannotRead", "\(error)"))))
        }
        do {
            return .success(.table(try SpreadsheetFile.read(name: request.name, bytes: bytes)))
        } catch {
            return .success(.unreadable(path: request.name, problem: DataFileReader.diagnostics(of: error, file: request.name)[0].line))
        }
    }
}

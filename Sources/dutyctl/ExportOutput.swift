import ArgumentParser
import DutyProtocol
import Foundation

/// `--export csv|xlsx` of `hazards`, `roster` and `summary`: asks the daemon for the file and writes it to standard output.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, xlsx

    /// Calls the export `method` with `request` in this format and writes the CSV text or the workbook's bytes.
    func write<Request: Codable & Sendable>(_ client: VarlinkClient, _ method: String, _ request: Request) throws {
        if self == .xlsx && isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("--export xlsx writes a workbook: redirect it to a file, e.g. > 台账.xlsx")
        }
        let reply = try client.call(method, request, returning: ExportLedgerReply.self)
        guard let workbook = reply.xlsx else { return print(reply.csv, terminator: "") }
        guard let bytes = Data(base64Encoded: workbook) else {
            throw CLIError(message: "dutyd sent a workbook that is not base64", status: CLIError.failed)
        }
        FileHandle.standardOutput.write(bytes)
    }
}

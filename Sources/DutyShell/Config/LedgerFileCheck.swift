import DutyCore

/// Reads the ledgers that `[data] ledgers` lists as an import would, for `dutyd --check-config`:
/// every problem of every file, and the notices and warnings of those that read.
public enum LedgerFileCheck {
    /// What checking the configured ledgers found.
    public struct Findings: Sendable {
        public var diagnostics: [ConfigDiagnostic] = []
        public var notices: [CSVProblem] = []
    }

    /// Checks each ledger of `configuration` (paths already resolved by `ConfigLoader`).
    public static func check(_ configuration: Configuration) -> Findings {
        var findings = Findings()
        for reference in configuration.data.ledgers {
            do {
                let reading = try LedgerReader.reading(try SpreadsheetFile.read(path: reference.path), configuration: configuration).get()
                findings.notices += reading.notices
            } catch {
                findings.diagnostics += DataFileReader.diagnostics(of: error, file: reference.path)
            }
        }
        return findings
    }
}

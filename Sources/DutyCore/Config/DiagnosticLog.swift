import DutyPhrases
import DutyTOML

/// Collects the diagnostics of one file while it is decoded, so that every mistake is reported at once.
final class DiagnosticLog {
    let file: String
    private(set) var diagnostics: [ConfigDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(ConfigDiagnostic(file: file, location: location, message: message))
    }

    /// Reports a mistake whose sentence a client may say in Chinese.
    func report(_ phrase: Phrase, at location: SourceLocation) {
        diagnostics.append(ConfigDiagnostic(file: file, location: location, phrase: phrase))
    }

    var isEmpty: Bool { diagnostics.isEmpty }
}

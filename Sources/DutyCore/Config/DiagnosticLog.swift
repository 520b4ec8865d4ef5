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

    var isEmpty: Bool { diagnostics.isEmpty }
}

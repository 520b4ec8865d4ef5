import DutyTOML

/// Parses the text of a TOML data file, turning a syntax error into a positioned diagnostic.
enum TOMLFile {
    static func parse(_ text: String, file: String) throws(ConfigErrors) -> TOMLTable {
        do {
            return try TOMLParser.parse(text)
        } catch {
            throw ConfigErrors([ConfigDiagnostic(file: file, location: error.location, message: error.message)])
        }
    }
}

import DutyPhrases
import DutyCore
import DutyProtocol
import DutyTOML
import Foundation
import Glibc

/// Reads the main configuration file and checks the data files it names.
public struct ConfigLoader: Sendable {
    /// Overrides from the command line, which win over the file.
    public var stateDirectoryOverride: String?
    public var controlSocketOverride: String?

    public init(stateDirectoryOverride: String? = nil, controlSocketOverride: String? = nil) {
        self.stateDirectoryOverride = stateDirectoryOverride
        self.controlSocketOverride = controlSocketOverride
    }

    /// Loads and validates `path`; throws `ConfigErrors` listing every mistake.
    public func load(path: String, now: Date) throws(ConfigErrors) -> LoadedConfiguration {
        let file = Self.absolute(path, relativeTo: FileManager.default.currentDirectoryPath)
        let text = try Self.readText(file, shownAs: path)
        var configuration = try ConfigDecoder.decode(text, file: path)
        let directory = (file as NSString).deletingLastPathComponent
        var diagnostics: [ConfigDiagnostic] = []
        for (kind, references) in [
            ("roster", configuration.data.rosters), ("ledger", configuration.data.ledgers), ("calendar", configuration.data.calendars),
            ("people", configuration.data.people),
        ] {
            var listed: [String: SourceLocation] = [:]
            for reference in references {
                let named = Self.absolute(reference.path, relativeTo: directory)
                let resolved = SpreadsheetFile.workbook(named)?.file ?? named
                let canonical = (resolved as NSString).resolvingSymlinksInPath + named.dropFirst(resolved.count)
                if let first = listed[canonical] {
                    diagnostics.append(ConfigDiagnostic(
                        file: path, location: reference.location,
                        phrase: Phrase("config.fileListedTwice", kind, reference.path, String(first.line), String(first.column), Phrase("config.fileKind.\(kind)").chinese)))
                    continue
                }
                listed[canonical] = reference.location
                do {
                    try RegularFile.check(resolved)
                } catch {
                    diagnostics.append(ConfigDiagnostic(file: path, location: reference.location, phrase: Phrase("config.cannotReadData", kind, reference.path, resolved, "\(error)", Phrase("config.fileKind.\(kind)").chinese)))
                }
            }
        }
        guard diagnostics.isEmpty else { throw ConfigErrors(diagnostics) }
        configuration.data.rosters = configuration.data.rosters.map { DataFileReference(path: Self.absolute($0.path, relativeTo: directory), location: $0.location) }
        configuration.data.ledgers = configuration.data.ledgers.map { DataFileReference(path: Self.absolute($0.path, relativeTo: directory), location: $0.location) }
        configuration.data.calendars = configuration.data.calendars.map { DataFileReference(path: Self.absolute($0.path, relativeTo: directory), location: $0.location) }
        configuration.data.people = configuration.data.people.map { DataFileReference(path: Self.absolute($0.path, relativeTo: directory), location: $0.location) }
        let files = DataFileReader.read(configuration.data)
        let assembled = try ConfigurationAssembly.assemble(main: configuration, people: files.people, calendars: files.calendars, rosters: files.rosters).get()
        configuration = assembled.configuration

        let environment = ProcessInfo.processInfo.environment
        let uid = getuid()
        let stateDirectory = stateDirectoryOverride
            ?? configuration.daemon.stateDirectory.map { Self.absolute($0, relativeTo: directory) }
            ?? DefaultPaths.stateDirectory(uid: uid, environment: environment)
        if let problem = Self.stateDirectoryProblem(Self.absolute(stateDirectory, relativeTo: FileManager.default.currentDirectoryPath)) {
            let source = stateDirectoryOverride != nil ? "--state-directory" : configuration.daemon.stateDirectory != nil ? "state_directory" : "the default state directory"
            throw ConfigErrors([ConfigDiagnostic(
                file: path, location: stateDirectoryOverride == nil ? Self.stateDirectoryLocation(in: text) : SourceLocation(line: 1, column: 1),
                message: "\(source) \"\(stateDirectory)\" \(problem)")])
        }
        let controlSocket = controlSocketOverride
            ?? configuration.daemon.controlSocket.map { Self.absolute($0, relativeTo: directory) }
            ?? DefaultPaths.controlSocket(uid: uid, environment: environment)
        return LoadedConfiguration(
            configuration: configuration, file: file, loadedAt: now,
            stateDirectory: Self.absolute(stateDirectory, relativeTo: FileManager.default.currentDirectoryPath),
            controlSocket: Self.absolute(controlSocket, relativeTo: FileManager.default.currentDirectoryPath), notices: assembled.notices)
    }

    /// The file's text; unreadable files and invalid UTF-8 are diagnostics too.
    static func readText(_ file: String, shownAs path: String) throws(ConfigErrors) -> String {
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.bytes(atPath: file)
        } catch {
            throw ConfigErrors([ConfigDiagnostic(file: path, location: SourceLocation(line: 1, column: 1), phrase: Phrase("config.cannotReadConfig", "\(error)"))])
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw ConfigErrors([ConfigDiagnostic(file: path, location: firstInvalidUTF8(in: bytes), phrase: Phrase("config.notUTF8"))])
    }

    /// The line and column of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> SourceLocation {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var location = SourceLocation(line: 1, column: 1)
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" {
                location = SourceLocation(line: location.line + 1, column: 1)
            } else {
                location.column += 1
            }
        }
        return location
    }

    static func absolute(_ path: String, relativeTo directory: String) -> String {
        path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
    }
}

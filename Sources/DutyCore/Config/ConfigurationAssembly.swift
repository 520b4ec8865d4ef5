import DutyPhrases
import DutyTOML

/// Builds the whole configuration from the decoded main file and the contents of the data files it names.
///
/// Pure: the shell reads the files (bytes, encodings, .xlsx) and hands over their texts and tables; this decides
/// everything else. People lists come first, so that rosters find the people they add; calendars come before
/// rosters, whose yearless dates they settle. Every mistake of every file is returned at once.
public enum ConfigurationAssembly {
    /// The assembled configuration and the notices of what reading the spreadsheets tidied (title rows, merged cells, names).
    public struct Assembled: Sendable {
        public var configuration: Configuration
        public var notices: [CSVProblem]
    }

    /// `main` with the people of `people` added, the calendar of `calendars` and the roster of `rosters`;
    /// or every diagnostic of every file, a shift id given twice among them.
    public static func assemble(
        main: Configuration, people: [DataFileContent<CSVTable>], calendars: [DataFileContent<String>], rosters: [DataFileContent<RosterSource>]
    ) -> Result<Assembled, ConfigErrors> {
        var configuration = main
        var diagnostics: [ConfigDiagnostic] = []
        for file in people {
            let read = file.content.flatMap { table in
                PeopleReader.read(table, configuration: configuration).mapError { ConfigErrors($0.problems.map(ConfigDiagnostic.init)) }
            }
            switch read {
            case .success(let entries): configuration = configuration.adding(entries)
            case .failure(let errors): diagnostics += errors.diagnostics
            }
        }
        var periods: [HolidayPeriod] = []
        for file in calendars {
            do {
                periods += try CalendarDecoder.decode(try file.content.get(), file: file.path)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        configuration.calendar = HolidayCalendar(periods: periods)
        var shifts: [Shift] = []
        var notices: [CSVProblem] = []
        for file in rosters {
            switch read(file, configuration: configuration) {
            case .success(let reading):
                shifts += reading.shifts
                notices += reading.notices
            case .failure(let errors): diagnostics += errors.diagnostics
            }
        }
        diagnostics += duplicateShifts(shifts)
        guard diagnostics.isEmpty else { return .failure(ConfigErrors(diagnostics)) }
        configuration.roster = Roster(shifts: shifts)
        return .success(Assembled(configuration: configuration, notices: notices))
    }

    /// The shifts of one roster file and what reading it tidied, or its diagnostics.
    static func read(_ file: DataFileContent<RosterSource>, configuration: Configuration) -> Result<RosterReading, ConfigErrors> {
        file.content.flatMap { source in
            switch source {
            case .toml(let text):
                Result { () throws(ConfigErrors) in
                    RosterReading(shifts: try RosterTOMLDecoder.decode(text, file: file.path, configuration: configuration), notices: [])
                }
            case .table(let table):
                Result { () throws(RosterProblems) in try RosterCSVDecoder.read(table, configuration: configuration) }
                    .mapError { ConfigErrors($0.problems.map(ConfigDiagnostic.init)) }
            }
        }
    }

    /// One diagnostic for each shift whose id (unit and start) an earlier shift already has.
    static func duplicateShifts(_ shifts: [Shift]) -> [ConfigDiagnostic] {
        var seen: [String: Shift] = [:]
        var diagnostics: [ConfigDiagnostic] = []
        for shift in shifts {
            if let earlier = seen[shift.id] {
                let earlierPlace = earlier.placePhrase
                diagnostics.append(ConfigDiagnostic(
                    file: shift.file, location: SourceLocation(line: shift.row, column: 0),
                    phrase: Phrase("roster.duplicateShift", shift.id, earlier.file, earlierPlace.english, earlierPlace.chinese), position: .place(shift.placePhrase)))
            }
            seen[shift.id] = shift
        }
        return diagnostics
    }
}

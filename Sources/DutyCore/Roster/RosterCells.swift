import DutyPhrases
/// Reads the cells of a roster's rows — dates, hours, people and phones — collecting the problems
/// and the notices of the whole file.
final class RosterCells {
    let bound: CSVBoundTable<RosterField>
    let configuration: Configuration
    private let matcher: PersonMatcher
    private(set) var problems: [CSVProblem] = []
    private(set) var notices: [CSVProblem] = []

    init(bound: CSVBoundTable<RosterField>, configuration: Configuration) {
        self.bound = bound
        self.configuration = configuration
        matcher = PersonMatcher(configuration: configuration)
    }

    /// A reader of one record's cells.
    func row(_ record: CSVRecord) -> Row { Row(cells: self, record: record) }

    /// The cells of one record; its problems go to the file's too.
    final class Row {
        private let cells: RosterCells
        let record: CSVRecord
        private(set) var problems: [CSVProblem] = []

        init(cells: RosterCells, record: CSVRecord) {
            self.cells = cells
            self.record = record
        }

        /// The trimmed cell of a field.
        func text(_ field: RosterField) -> String { cells.bound.value(field, in: record) }

        /// Records a problem at the field's cell.
        func report(_ field: RosterField, _ phrase: Phrase) {
            let problem = cells.bound.problem(field, in: record, phrase)
            problems.append(problem)
            cells.problems.append(problem)
        }

        /// Records a notice at the field's cell.
        func notice(_ field: RosterField, _ phrase: Phrase) {
            cells.notices.append(cells.bound.problem(field, in: record, phrase))
        }

        /// 日期: a full date, or a year-less one placed in the year of the holiday period near it.
        func date() -> LocalDate? {
            let written = text(.date)
            if let date = LocalDate(written) { return date }
            guard let (month, day) = YearlessDate.monthDay(written) else {
                report(.date, written.isEmpty ? Phrase("roster.dateMissing") : Phrase("roster.invalidDate", CSVCellText.quoted(written)))
                return nil
            }
            switch YearlessDate.resolve(written, month: month, day: day, calendar: cells.configuration.calendar) {
            case .success(let date): return date
            case .failure(let error):
                report(.date, error.phrase)
                return nil
            }
        }

        /// The hours from 起止时间, else from the 班次 name.
        func hours() -> ShiftHours? {
            let written = text(.hours), name = text(.shift)
            let settings = cells.configuration.duty
            if !written.isEmpty {
                guard let hours = ShiftHours(written) else {
                    report(.hours, Phrase("roster.invalidHours", CSVCellText.quoted(written)))
                    return nil
                }
                return hours
            }
            guard !name.isEmpty else {
                report(cells.bound.column(.hours) != nil ? .hours : .shift, Phrase("roster.hoursMissing"))
                return nil
            }
            guard let hours = settings.shiftNames[name] else {
                let known = settings.shiftNames.keys.sorted()
                report(.shift, Phrase("roster.unknownShift", CSVCellText.quoted(name), known.joined(separator: ", "), known.joined(separator: "、")))
                return nil
            }
            return hours
        }

        /// The people a name column gives (several only where `several`: `赵磊、孙丽`), with the phones
        /// of its phone column in the same order (one phone is the first person's; a phone that is
        /// not a phone number is refused at its own cell); [] when the cell is empty, nil when wrong.
        func people(_ field: RosterField, phone phoneField: RosterField, unit: String, several: Bool) -> [DutyPerson]? {
            let cell = PersonNameCell(text(field))
            guard !cell.names.isEmpty else { return [] }
            let phoneCells = text(phoneField).split(whereSeparator: { PersonNameCell.separators.contains($0) }).map(String.init)
            var phones: [String?] = []
            for phoneText in phoneCells {
                do {
                    phones.append(try PhoneNumber(parsing: phoneText).text)
                } catch {
                    report(phoneField, error.phrase)
                    phones.append(nil)
                }
            }
            guard cell.names.count == 1 || several else {
                report(field, Phrase("roster.severalPeople", CSVCellText.quoted(text(field)), String(cell.names.count)))
                return nil
            }
            if phones.count > 1, phones.count != cell.names.count {
                report(phoneField, Phrase("roster.phoneCount", String(phones.count), String(cell.names.count), CSVCellText.quoted(text(field))))
            }
            for notice in cell.notices { self.notice(field, notice) }
            var people: [DutyPerson] = []
            for (index, name) in cell.names.enumerated() {
                switch cells.matcher.match(name, phone: index < phones.count ? phones[index] : nil, unit: unit) {
                case .success(let person): people.append(person)
                case .failure(let error): report(field, error.phrase)
                }
            }
            return people.count == cell.names.count ? people : nil
        }
    }
}

import DutyCore
import Foundation

// Measures the cost of one escalation check with 10 alerts due, as the number of alerts that are
// not due grows from 10,000 to 1,000,000; then of one duty check with 10 deadlines due, of
// `nextDue`, and of a check-in by unit followed by `nextDue` (what the daemon does after every
// commit), as the number of pending shifts grows from 10,000 to 200,000. Build and run in
// release mode:
//   swift run -c release engine-benchmark [config/dutyd.toml]

let configurationPath = CommandLine.arguments.dropFirst().first ?? "config/dutyd.toml"
let configuration = try ConfigDecoder.decode(String(contentsOfFile: configurationPath, encoding: .utf8), file: configurationPath)
let start = Date(timeIntervalSince1970: 1_790_000_000)
let runs = 50
let duePerCheck = 10

/// A book with `waiting` alerts due in a year and `runs × duePerCheck` alerts due one second apart.
func makeBook(waiting: Int) -> AlertBook {
    let due = runs * duePerCheck
    let alerts = (1...(waiting + due)).map { number in
        Alert(
            id: Int64(number), kind: .hazardOverdue, risk: .low, subject: AlertSubject(.hazard, "H\(number)"), unit: "ls-hf",
            summary: "隐患", contacts: SubjectContacts(responsible: ["hf-song"]), raisedAt: start,
            nextDueAt: number <= due ? start.addingTimeInterval(Double(number)) : start.addingTimeInterval(365 * 86_400))
    }
    return AlertBook(alerts: alerts)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func p90(_ values: [Double]) -> Double {
    values.sorted()[values.count * 9 / 10]
}

/// Runs `body` and returns its result and how long it took, in microseconds.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let begun = clock.now
    let result = try body()
    let elapsed = clock.now - begun
    return (result, Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
}

func format(_ microseconds: Double) -> String {
    microseconds >= 10_000 ? String(format: "%.1f ms", microseconds / 1_000) : String(format: "%.1f µs", microseconds)
}

print("| alerts not due | alerts due | index entries examined | median check time | p90 check time |")
print("| ---: | ---: | ---: | ---: | ---: |")
for waiting in [10_000, 100_000, 1_000_000] {
    var book = makeBook(waiting: waiting)
    var times: [Double] = []
    var examined = 0
    for run in 1...runs {
        let now = start.addingTimeInterval(Double(run * duePerCheck))
        let (outcome, elapsed) = timed { book.check(now: now, configuration: configuration) }
        precondition(outcome.events.count == duePerCheck, "expected \(duePerCheck) due, got \(outcome.events.count)")
        examined = outcome.examined
        times.append(elapsed)
    }
    print("| \(waiting) | \(duePerCheck) | \(examined) | \(format(median(times))) | \(format(p90(times))) |")
}

// The duty engine: `dutyRuns × duePerCheck` shifts whose reminders fall due one second apart at
// the example's units, and `pending` shifts a year ahead at 16 shifts per made-up unit, as in
// bench/generate-province.py.
let dutyRuns = 10
let lead = Double(configuration.duty.reminderLead.components.seconds)

func makeRoster(pending: Int) -> Configuration {
    let units = configuration.tree.units.map(\.id)
    let officer = DutyPerson(id: "duty", name: "值班员", phone: "0633-0000000")
    let due = (1...(dutyRuns * duePerCheck)).map { number in
        let unit = units[number % units.count]
        let begins = start.addingTimeInterval(lead + Double(number))
        return Shift(
            id: "\(unit)/due-\(number)", unit: unit, start: begins, end: begins.addingTimeInterval(12 * 3_600), dutyOfficer: officer,
            leaderOnDuty: nil, file: "bench.csv", row: number)
    }
    let later = start.addingTimeInterval(365 * 86_400)
    let waiting = (0..<pending).map { number in
        let unit = "bench-\(number / 16)"
        let begins = later.addingTimeInterval(Double(number % 16) * 12 * 3_600)
        return Shift(
            id: "\(unit)/\(number % 16)", unit: unit, start: begins, end: begins.addingTimeInterval(12 * 3_600), dutyOfficer: officer,
            leaderOnDuty: nil, file: "bench.csv", row: number)
    }
    var withRoster = configuration
    withRoster.roster = Roster(shifts: due + waiting)
    return withRoster
}

print()
print("| shifts pending | deadlines due | index entries examined | first `nextDue` (builds the index) | median check time | p90 check time | median `nextDue` | median check-in + `nextDue` |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for pending in [10_000, 100_000, 200_000] {
    let configured = makeRoster(pending: pending)
    var duty = DutyBook(watermark: start, seed: 1)
    let (_, first) = timed { duty.nextDue(configuration: configured) }
    var checks: [Double] = []
    var nextDues: [Double] = []
    var examined = 0
    for run in 1...dutyRuns {
        let now = start.addingTimeInterval(Double(run * duePerCheck))
        let (outcome, elapsed) = timed { duty.check(now: now, configuration: configured) }
        precondition(outcome.events.count == duePerCheck, "expected \(duePerCheck) reminders, got \(outcome.events.count)")
        checks.append(elapsed)
        examined = outcome.examined
        let (next, nextElapsed) = timed { duty.nextDue(configuration: configured) }
        precondition(run == dutyRuns || next == start.addingTimeInterval(Double(run * duePerCheck + 1)), "wrong next deadline")
        nextDues.append(nextElapsed)
    }
    let now = start.addingTimeInterval(Double(dutyRuns * duePerCheck))
    var checkIns: [Double] = []
    for unit in configuration.tree.units.map(\.id).prefix(dutyRuns) {
        let (_, elapsed) = try timed {
            _ = try duty.checkIn(shiftID: nil, unit: unit, person: nil, actor: "bench", now: now, configuration: configured)
            return duty.nextDue(configuration: configured)
        }
        checkIns.append(elapsed)
    }
    print("| \(pending) | \(duePerCheck) | \(examined) | \(format(first)) | \(format(median(checks))) | \(format(p90(checks))) | \(format(median(nextDues))) | \(format(median(checkIns))) |")
}

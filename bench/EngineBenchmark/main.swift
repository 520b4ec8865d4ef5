import DutyCore
import Foundation

// Measures the cost of one escalation check with 10 alerts due, as the number of alerts that are
// not due grows from 10,000 to 1,000,000. Build and run in release mode:
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

print("| alerts not due | alerts due | index entries examined | median check time | p90 check time |")
print("| ---: | ---: | ---: | ---: | ---: |")
for waiting in [10_000, 100_000, 1_000_000] {
    var book = makeBook(waiting: waiting)
    var times: [Double] = []
    var examined = 0
    for run in 1...runs {
        let now = start.addingTimeInterval(Double(run * duePerCheck))
        let clock = ContinuousClock()
        var outcome = CheckOutcome()
        let elapsed = clock.measure { outcome = book.check(now: now, configuration: configuration) }
        precondition(outcome.events.count == duePerCheck, "expected \(duePerCheck) due, got \(outcome.events.count)")
        examined = outcome.examined
        times.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
    }
    let p90 = times.sorted()[runs * 9 / 10]
    print("| \(waiting) | \(duePerCheck) | \(examined) | \(String(format: "%.1f", median(times))) µs | \(String(format: "%.1f", p90)) µs |")
}

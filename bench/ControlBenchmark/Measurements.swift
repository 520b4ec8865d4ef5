import Foundation

/// Wall-clock samples in microseconds, with the percentiles the tables report.
struct Samples {
    private(set) var microseconds: [Double] = []

    mutating func time(_ body: () -> Void) {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        microseconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000)
    }

    func percentile(_ fraction: Double) -> Double {
        let sorted = microseconds.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}

/// Seconds that `body` takes.
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

import Crypto
import Foundation

/// The append-only, hash-chained history: each record carries the hash of the one before,
/// so a record changed or deleted behind the daemon's back breaks the chain.
enum HistoryChain {
    /// The `prev_hash` of the first record.
    static let genesis = String(repeating: "0", count: 64)

    /// One stored history record, as hashed.
    struct Record: Equatable {
        var seq: Int64
        var subject: String
        var time: Int64
        var actor: String
        var action: String
        var level: Int
        var note: String?
        var recipients: String
        var dueAt: Int64?
        var previousHash: String

        /// SHA-256 over every field, each prefixed by its length so no two records hash alike by accident.
        var hash: String {
            let fields = [
                String(seq), subject, String(time), actor, action, String(level), note ?? "\u{0}", recipients,
                dueAt.map(String.init) ?? "\u{0}", previousHash,
            ]
            let canonical = fields.map { "\($0.utf8.count):\($0)" }.joined()
            let digits = Array("0123456789abcdef".utf8)
            var hex: [UInt8] = []
            hex.reserveCapacity(64)
            for byte in SHA256.hash(data: Data(canonical.utf8)) {
                hex.append(digits[Int(byte >> 4)])
                hex.append(digits[Int(byte & 0xF)])
            }
            return String(decoding: hex, as: UTF8.self)
        }
    }

    /// What `audit verify` found.
    struct Verdict: Equatable {
        var records: Int
        /// The first record that does not hold, and why.
        var broken: (seq: Int64, problem: String)?

        static func == (lhs: Verdict, rhs: Verdict) -> Bool {
            lhs.records == rhs.records && lhs.broken?.seq == rhs.broken?.seq && lhs.broken?.problem == rhs.broken?.problem
        }
    }
}

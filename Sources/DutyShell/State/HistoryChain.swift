import Crypto
import Foundation

/// The append-only, chained history: each record carries the hash (from `keyed_from` on, the
/// HMAC-SHA256 under the audit key) of itself and the record before, so a record changed or
/// deleted behind the daemon's back breaks the chain, and one rewritten without the key too.
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
        /// The row the record left behind (`AuditedRow.recorded`); nil in records written before rows were recorded.
        var rowState: String? = nil

        /// SHA-256 over every field but the row, each prefixed by its length so no two records hash alike by
        /// accident: how records before the audit key were chained.
        var hash: String {
            hex(SHA256.hash(data: canonical(fields)))
        }

        /// HMAC-SHA256 under `key` over every field and the recorded row: how records are chained from `keyed_from` on.
        func mac(key: SymmetricKey) -> String {
            hex(HMAC<SHA256>.authenticationCode(for: canonical(fields + [rowState ?? "\u{0}"]), using: key))
        }

        /// The hash or MAC that record `seq` carries, by where the keyed chain starts.
        func seal(keyedFrom: Int64, key: SymmetricKey) -> String {
            seq >= keyedFrom ? mac(key: key) : hash
        }

        private var fields: [String] {
            [
                String(seq), subject, String(time), actor, action, String(level), note ?? "\u{0}", recipients,
                dueAt.map(String.init) ?? "\u{0}", previousHash,
            ]
        }

        private func canonical(_ fields: [String]) -> Data {
            Data(fields.map { "\($0.utf8.count):\($0)" }.joined().utf8)
        }

        private func hex<Digest: Sequence>(_ digest: Digest) -> String where Digest.Element == UInt8 {
            let digits = Array("0123456789abcdef".utf8)
            var hex: [UInt8] = []
            hex.reserveCapacity(64)
            for byte in digest {
                hex.append(digits[Int(byte >> 4)])
                hex.append(digits[Int(byte & 0xF)])
            }
            return String(decoding: hex, as: UTF8.self)
        }
    }
}

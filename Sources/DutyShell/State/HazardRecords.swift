import DutyCore
import Foundation
import GRDB

/// Reads and writes hazards as rows of the state database.
enum HazardRecords {
    static func hazard(from row: Row) throws -> Hazard {
        guard let risk = RiskLevel(rawValue: row["risk"]), let status = HazardStatus(rawValue: row["status"]) else {
            throw StateError("hazard \(row["id"] as String) in the state database has an unknown risk level or status")
        }
        let entry = LedgerEntry(
            serial: row["serial"], unit: row["unit"], location: row["location"], description: row["description"], category: row["category"],
            risk: risk, measure: row["measure"], responsible: row["responsible"])
        return Hazard(
            id: row["id"], number: row["number"], entry: entry, deadline: Date(milliseconds: row["deadline"]), status: status,
            progress: row["progress"], createdAt: Date(milliseconds: row["created_at"]), rectifiedBy: row["rectified_by"],
            rectifiedAt: (row["rectified_at"] as Int64?).map(Date.init(milliseconds:)), closedBy: row["closed_by"],
            closedAt: (row["closed_at"] as Int64?).map(Date.init(milliseconds:)),
            remindedLead: (row["reminded_lead"] as Int64?).map(Duration.seconds), overdueRaised: row["overdue_raised"],
            unverifiedRaised: row["unverified_raised"])
    }

    static func save(_ hazard: Hazard, in db: Database) throws {
        let entry = hazard.entry
        // A cached statement: an import saves 100,000 hazards in one transaction.
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO hazard (id, number, serial, unit, location, description, category, risk, measure, responsible,
                    deadline, status, progress, created_at, rectified_by, rectified_at, closed_by, closed_at, reminded_lead,
                    overdue_raised, unverified_raised)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                hazard.id, hazard.number, entry.serial, entry.unit, entry.location, entry.description, entry.category, entry.risk.rawValue,
                entry.measure, entry.responsible, hazard.deadline.milliseconds, hazard.status.rawValue, hazard.progress,
                hazard.createdAt.milliseconds, hazard.rectifiedBy, hazard.rectifiedAt?.milliseconds, hazard.closedBy,
                hazard.closedAt?.milliseconds, hazard.remindedLead?.components.seconds, hazard.overdueRaised, hazard.unverifiedRaised,
            ])
    }
}

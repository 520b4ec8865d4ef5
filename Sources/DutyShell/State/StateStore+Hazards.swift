import DutyCore
import Foundation
import GRDB

extension StateStore {
    /// Every hazard, to rebuild the engine's hazard book at start.
    public func loadHazardBook(settings: HazardSettings) throws -> HazardBook {
        try database.read { db in
            HazardBook(hazards: try Array(Row.fetchCursor(db, sql: "SELECT * FROM hazard").map(HazardRecords.hazard(from:))), settings: settings)
        }
    }

    /// The history of one hazard, oldest first.
    public func history(ofHazard id: String) throws -> [HistoryEntry] {
        try history(subject: AlertSubject(.hazard, id).description)
    }
}

import DutyCore
import GRDB

/// An actor is stored as its recorded text, so rows written before actors were typed read as accounts.
extension ActorIdentity: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> ActorIdentity? {
        String.fromDatabaseValue(value).map(ActorIdentity.init(recorded:))
    }
}

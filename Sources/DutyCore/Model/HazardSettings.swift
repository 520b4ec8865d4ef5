/// How the daemon follows hazard deadlines, from the `[hazards]` table.
public struct HazardSettings: Sendable, Equatable {
    /// Lead times before a deadline at which the responsible person is reminded, longest first.
    public var reminders: [Duration]
    /// How long a hazard reported rectified may wait for verification before an alert is raised.
    public var verifyWithin: Duration

    public static let defaultReminders: [Duration] = [.seconds(3 * 86_400), .seconds(86_400)]
    public static let defaultVerifyWithin = Duration.seconds(3 * 86_400)

    public init(reminders: [Duration] = defaultReminders, verifyWithin: Duration = defaultVerifyWithin) {
        self.reminders = reminders.sorted(by: >)
        self.verifyWithin = verifyWithin
    }
}

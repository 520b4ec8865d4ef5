import DutyCore

extension Daemon {
    /// The refusal of `command` when the change running is a scoped administrator's and the command
    /// acts outside its units, journalled as `control_request_rejected`; nil when it may run.
    func outOfScope(_ command: Command) -> CommandError? {
        guard let scope, !state.permits(command, within: scope.roots) else { return nil }
        logger.journal(
            .controlRequestRejected, .notice,
            "refused a change to \(scope.user): outside the units of its [[admins]] scope (\(scope.roots.joined(separator: ", ")))",
            fields: ["actor": scope.user])
        return .outOfScope(scope.roots)
    }
}

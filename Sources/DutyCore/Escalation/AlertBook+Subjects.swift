/// Looking up alerts by what they are about.
extension AlertBook {
    /// The open (not resolved) alerts about `subject`, any kind.
    public func openAlerts(about subject: AlertSubject) -> [Alert] {
        AlertKind.allCases.compactMap { openAlert(kind: $0, subject: subject) }
    }
}

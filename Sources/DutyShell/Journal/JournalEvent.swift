/// Every kind of journal entry the daemon writes, each with its own catalogued `MESSAGE_ID`.
public enum JournalEvent: String, CaseIterable, Sendable {
    case daemonStarted = "daemon_started"
    case daemonStopping = "daemon_stopping"
    case configLoaded = "config_loaded"
    case configRejected = "config_rejected"
    case checkCompleted = "check_completed"
    case controlRequestRejected = "control_request_rejected"
    case controlServerError = "control_server_error"
    case alertRaised = "alert_raised"
    case alertEscalated = "alert_escalated"
    case alertRenotified = "alert_renotified"
    case alertAcknowledged = "alert_acknowledged"
    case alertUnresolved = "alert_unresolved"
    case alertResolved = "alert_resolved"
    case caughtUp = "caught_up"
    case notificationSent = "notification_sent"
    case notificationDelivered = "notification_delivered"
    case notificationFailed = "notification_failed"
    case notificationDead = "notification_dead"

    /// The 128-bit id that `journalctl MESSAGE_ID=…` and the message catalog use.
    public var messageID: String {
        switch self {
        case .daemonStarted: "5f2a7ca11bed4b6786dee9db3d6d6e2a"
        case .daemonStopping: "1ea60871941d46189d9ceda0a7219888"
        case .configLoaded: "cd70a2ce6052445a8ed8f71571463434"
        case .configRejected: "eb572016c92843a7bdf39fa06576bf21"
        case .checkCompleted: "34381bf1a92b482680fa645d43ca433c"
        case .controlRequestRejected: "30a05e1b2ec546c6bb73d1634516b89e"
        case .controlServerError: "57a340f0fd9f41cf9585fda0f8115a1a"
        case .alertRaised: "49b8ce72c91f4642aae0d06cb34b53e7"
        case .alertEscalated: "2ed3e0870ccb40b3889d20f988394d4b"
        case .alertRenotified: "ea7d03a288f54a28a9ae06767e18e8eb"
        case .alertAcknowledged: "e862ba13a5284c67a6fd2502716c16e0"
        case .alertUnresolved: "e30a033c8d4e4226bca6cdc4ef35d8da"
        case .alertResolved: "7b1d9a4e0c2f4e3a9a51c6f0d83e2b14"
        case .caughtUp: "c4f1e8a27d3b4c9e8f6a0b5d1e2c3f47"
        case .notificationSent: "7f4f462bf9d149ec8521b5cee09ec842"
        case .notificationDelivered: "4eb590f957164f8b95cb37d16dccd082"
        case .notificationFailed: "1a43ec7eccef4b9da554c85674e2673f"
        case .notificationDead: "e99322cb42e84db29e2924b973f25a32"
        }
    }
}

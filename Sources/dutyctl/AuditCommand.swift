import ArgumentParser

/// `dutyctl audit`: checks of the record dutyd keeps.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: tr("Check the alert history dutyd keeps."),
        discussion: """
            Examples:
              dutyctl audit verify
            """,
        subcommands: [AuditVerifyCommand.self]
    )
}

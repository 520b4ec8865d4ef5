import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl links`: the personal links of the field pages, issued, listed and revoked.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: tr("Issue, list or revoke the personal links of the field pages."),
        discussion: """
            A personal link opens one alert, shift, hazard, 值班室 board or unit's daily report on a \
            phone and acts as its person. dutyd keeps only each link's SHA-256 and shows its first 8 \
            hex digits. Needs [web] in dutyd.toml, and root or the admin group.

            Examples:
              sudo dutyctl links issue ez-ma alert 12
              sudo dutyctl links issue board rz-ls
              sudo dutyctl links list ez-ma
              sudo dutyctl links revoke ez-ma
            """,
        subcommands: [LinksIssueCommand.self, LinksListCommand.self, LinksRevokeCommand.self],
        defaultSubcommand: LinksListCommand.self
    )

    /// `2026-10-01T08:00:00+08:00` as `2026-10-01 08:00`.
    static func shortTime(_ iso: String) -> String {
        String(iso.prefix(16).map { $0 == "T" ? " " : $0 })
    }

    /// The table of `links`.
    static func table(_ links: [LinkInfo], width: Int?) -> String {
        let rows = links.map { link in
            [
                link.hash, link.personName.map { "\($0) (\(link.person ?? ""))" } ?? tr("read-only"), "\(link.kind) \(link.subject)",
                link.expiresAt.map(shortTime) ?? tr("while open"), String(link.uses), link.revokedAt.map(shortTime) ?? "—",
            ]
        }
        let columns: [TextTable.Column] = [
            .init(tr("HASH")), .init(tr("PERSON"), wrapsTo: 8), .init(tr("SUBJECT"), wrapsTo: 10), .init(tr("EXPIRES")),
            .init(tr("USES"), alignment: .right), .init(tr("REVOKED"), priority: 1),
        ]
        return TextTable(columns: columns, rows: rows).render(width: width)
    }
}

/// `dutyctl links issue [PERSON] KIND ID`: a new link, printed once.
struct LinksIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: tr("Issue a link to an alert, shift, hazard, board or daily report and print its address once."),
        discussion: """
            KIND is alert, shift, hazard, board or daily (ID is then a unit). Without PERSON the link is \
            read-only: its page shows the item without buttons (a wall screen's board). An alert's \
            link works while the alert is open and [web] link_grace after it is resolved; a \
            hazard's until it is closed plus link_grace; a shift's until its end plus link_grace; a \
            board's 90 days. A daily link opens the unit's 值班日报 of the day with 零报告 and 备注 \
            (PERSON must belong to the unit or a unit above it) and works until the holiday \
            period's end plus link_grace. The address is shown only now: dutyd cannot show it again.

            Examples:
              sudo dutyctl links issue ez-ma alert 12
              sudo dutyctl links issue sy-chen shift dg-sy/2026-05-01T08:00
              sudo dutyctl links issue board rz-ls
              sudo dutyctl links issue sy-liu daily dg-sy
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("[PERSON] KIND ID: the person (id or name; leave out for a read-only link), alert|shift|hazard|board|daily and its id.", valueName: "words"))
    var words: [String]

    func validate() throws {
        guard (2...3).contains(words.count) else { throw ValidationError(tr("expected [PERSON] KIND ID, e.g. ez-ma alert 12")) }
    }

    func run() throws {
        let person = words.count == 3 ? words[0] : nil
        let request = IssueLinkRequest(person: person, kind: words[words.count - 2], subject: words[words.count - 1])
        let reply = try global.connect().call(DutydInterface.issueLink, request, returning: IssueLinkReply.self)
        if global.json { return try printJSON(reply) }
        print(reply.url)
        global.say(tr("link {0}… issued; this address is shown only once", reply.link.hash))
    }
}

/// `dutyctl links list [PERSON]`: the links issued.
struct LinksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("List the links issued, or those of one person."),
        discussion: """
            HASH is the start of the link's SHA-256 (dutyd never keeps the link); USES counts the \
            changes asked through it.

            Examples:
              sudo dutyctl links list
              sudo dutyctl links list 马晓燕 --json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A person's id or name.")
    var person: String?

    func run() throws {
        let reply = try global.connect().call(DutydInterface.links, LinksRequest(person: person), returning: LinksReply.self)
        if global.json { return try printJSON(reply) }
        guard !reply.links.isEmpty else { return print(tr("no links")) }
        print(LinksCommand.table(reply.links, width: global.tableWidth))
    }
}

/// `dutyctl links revoke PERSON|LINK|HASHPREFIX`: take links back.
struct LinksRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: tr("Revoke every link of a person, or one link by its address or hash prefix."),
        discussion: """
            A revoked link opens a page saying so (status 410) and changes nothing.

            Examples:
              sudo dutyctl links revoke ez-ma
              sudo dutyctl links revoke 3fa2c91b
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A person's id or name, a link (its address or token), or at least 8 hex digits of its hash.", valueName: "target"))
    var target: String

    func run() throws {
        let token = target.split(separator: "/").last.map(String.init) ?? target
        let reply = try global.connect().call(DutydInterface.revokeLinks, RevokeLinksRequest(target: token), returning: LinksReply.self)
        if global.json { return try printJSON(reply) }
        global.say(tr("{0} links revoked", String(reply.links.count)))
        print(LinksCommand.table(reply.links, width: global.tableWidth))
    }
}

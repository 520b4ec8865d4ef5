import ArgumentParser
import DutyPhrases
import DutyProtocol
import DutyTerminal
import Glibc

/// `dutyctl import`: load data files into the daemon.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import data files into dutyd."),
        discussion: """
            Examples:
              sudo dutyctl import ledger 2026秋季安全检查台账.xlsx --dry-run
              sudo dutyctl import ledger 2026秋季安全检查台账.csv
            """,
        subcommands: [ImportLedgerCommand.self]
    )
}

/// `dutyctl import ledger FILE [--dry-run]`.
struct ImportLedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: tr("Import a hazard ledger (.xlsx or CSV): add new hazards, update changed ones."),
        discussion: """
            dutyctl opens FILE with your own rights and passes it to the daemon, which never opens \
            a path itself; FILE may be at most 256 MiB. FILE is an Excel workbook (.xlsx; its first sheet, or FILE#SHEET), or CSV \
            (UTF-8, UTF-8 with BOM, or GB18030 as Excel saves \"CSV\" on Chinese Windows). Hazards keep their ids across imports, so importing the ledger again updates \
            them instead of adding copies; an existing hazard keeps its status, which moves only \
            through dutyctl hazard. All or nothing: if any row has a mistake, every mistake is \
            listed by row and column (in a workbook by cell, 台账!I7) and nothing is changed. --dry-run shows what the import would \
            add and change, exactly as the import then does. Needs root or the admin group.

            The responsible person (整改责任人) must be a configured person; a misspelt name is \
            refused with the closest configured names. --allow-unmatched imports such a name as \
            written instead, lists it as a warning (also in the journal) and sends its reminders to \
            the unit's safety officers. Notices say what the import tidied: a title row skipped, \
            merged cells carried down, a title such as （园长） left out of a name.

            Examples:
              sudo dutyctl import ledger 台账.csv --dry-run
              sudo dutyctl import ledger /srv/ledgers/2026-autumn-inspection.csv --json
              sudo dutyctl import ledger 台账.csv --allow-unmatched
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The ledger file (at most 256 MiB), opened by dutyctl with your rights.")
    var file: String

    @Flag(help: "Show what would be added and changed, and change nothing.")
    var dryRun = false

    @Flag(help: "Import a responsible person who matches no configured person as written, with a warning, instead of refusing the file.")
    var allowUnmatched = false

    func run() throws {
        let descriptor = try CallerFile.openForReading(WorkbookName.split(file)?.file ?? file)
        defer { close(descriptor) }
        let request = ImportLedgerRequest(name: file, file: 0, dryRun: dryRun ? true : nil, allowUnmatched: allowUnmatched ? true : nil)
        let reply = try global.connect(fallback: .transfer).call(DutydInterface.importLedger, request, passing: descriptor, returning: ImportLedgerReply.self)
        if global.json { return try printJSON(reply) }
        let counts = [String(reply.added.count), String(reply.changed.count), String(reply.unchanged)]
        global.say(reply.file + ": " + (reply.dryRun
            ? tr("would add {0}, would change {1}, unchanged {2} (dry run: nothing was changed)", counts[0], counts[1], counts[2])
            : tr("added {0}, changed {1}, unchanged {2}", counts[0], counts[1], counts[2])))
        let chinese = tr.language == .chinese
        for notice in DiagnosticLine.said(json: reply.noticePhrases, english: reply.notices, chinese: chinese) { global.say(tr("notice: {0}", notice)) }
        for warning in DiagnosticLine.said(json: reply.warningPhrases, english: reply.warnings, chinese: chinese) { global.say(tr("warning: {0}", warning)) }
        var rows = reply.added.map { [tr("added"), $0, ""] }
        for change in reply.changed {
            for (index, field) in change.fields.enumerated() {
                let text = tr("row {0}: {1}", String(change.row), field)
                rows.append(index == 0 ? [tr("changed"), change.id, text] : ["", "", text])
            }
        }
        guard !rows.isEmpty else { return }
        print(TextTable(columns: [.init(tr("ACTION")), .init(tr("HAZARD")), .init(tr("CHANGE"), wrapsTo: 20)], rows: rows).render(width: global.tableWidth))
    }

}

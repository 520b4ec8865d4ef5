/// The journal entries of daily-report filings.
enum DailyJournal {
    /// `daily report of 东港区实验小学 for 2026-10-01 filed by liuyang: zero report`.
    static func filed(_ filing: DailyFiling, configuration: Configuration) -> JournalEntry {
        let unitName = configuration.tree[filing.unit]?.name ?? filing.unit
        let what = filing.note.map { "note: \($0)" } ?? "zero report (零报告)"
        var fields = ["unit": filing.unit, "item": "daily:\(DailyBook.key(filing.unit, filing.date))", "late": filing.late ? "yes" : "no"]
            .merging(filing.filedBy.journalFields) { own, _ in own }
        if let note = filing.note { fields["note"] = note }
        let late = filing.late ? ", after the deadline (补报)" : ""
        return JournalEntry(.dailyReportFiled, .notice, "daily report of \(unitName) for \(filing.date) filed by \(filing.filedBy)\(late): \(what)", fields: fields)
    }

    /// `daily report of 东港区实验小学 for 2026-10-01 sent to the level above by root: 3 notices`.
    static func sent(_ report: DailyReport, notices: [OutboundNotification], actor: ActorIdentity) -> JournalEntry {
        let count = notices.filter { $0.key.hasPrefix("daily/\(DailyBook.key(report.unit.id, report.date))/") }.count
        var fields = ["unit": report.unit.id, "item": "daily:\(DailyBook.key(report.unit.id, report.date))"].merging(actor.journalFields) { own, _ in own }
        fields["notices"] = String(count)
        return JournalEntry(
            .dailyReportSent, .notice, "daily report of \(report.unit.name) for \(report.date) sent to the level above by \(actor): \(count) notices", fields: fields)
    }
}

/// The journal entries of daily-report filings.
enum DailyJournal {
    /// `daily report of 东港区实验小学 for 2026-10-01 filed by liuyang: zero report`.
    static func filed(_ filing: DailyFiling, configuration: Configuration) -> JournalEntry {
        let unitName = configuration.tree[filing.unit]?.name ?? filing.unit
        let what = filing.note.map { "note: \($0)" } ?? "zero report (零报告)"
        var fields = ["unit": filing.unit, "item": "daily:\(DailyBook.key(filing.unit, filing.date))"].merging(filing.filedBy.journalFields) { own, _ in own }
        if let note = filing.note { fields["note"] = note }
        return JournalEntry(.dailyReportFiled, .notice, "daily report of \(unitName) for \(filing.date) filed by \(filing.filedBy): \(what)", fields: fields)
    }
}

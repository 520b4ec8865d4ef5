/// The one table of words a ledger's 整改情况 column may hold, and the status each means.
///
/// Anything else is refused at its row and column rather than guessed: `已完成整改` once
/// imported as 整改中. The table is documented in README.md (Ledger files).
public enum LedgerStatusWords {
    /// Each status with the words that mean it; the first is the one dutyd writes on export.
    public static let table: [(status: HazardStatus, words: [String])] = [
        (.open, ["未整改", "待整改", "未开始", "open"]),
        (.rectifying, ["整改中", "正在整改", "整改进行中", "rectifying"]),
        (.rectified, ["已整改", "已完成整改", "整改完成", "完成整改", "已整改待验收", "待验收", "rectified"]),
        (.closed, ["已销号", "已验收", "验收合格", "已闭环", "已完成", "closed"]),
        (.reopened, ["重新整改", "验收不合格", "reopened"]),
    ]

    private static let statusByWord: [String: HazardStatus] = Dictionary(
        table.flatMap { entry in entry.words.map { ($0, entry.status) } }, uniquingKeysWith: { first, _ in first })

    /// The status a word means, if the table has it (English words in any case).
    public static func status(_ word: String) -> HazardStatus? {
        statusByWord[word] ?? statusByWord[word.lowercased()]
    }

    /// Every accepted word, for messages: `未整改, 待整改, …`.
    public static var accepted: String {
        table.flatMap { $0.words.filter { $0.first?.isASCII == false } }.joined(separator: "、")
    }
}

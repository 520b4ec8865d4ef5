import DutyPhrases
import DutyTOML

/// A `[[channels]]` entry as written.
struct ChannelDraft {
    var id: Located<String>
    var channel: ChannelDefinition

    static let keys = [
        "id", "type", "command", "format", "url_secret", "signing_secret", "sendmail", "from", "timeout", "concurrency",
        "rate_per_minute", "max_attempts", "retry_base", "template", "sms",
    ]

    static func decode(_ table: TOMLTable, number: Int, log: DiagnosticLog) -> ChannelDraft? {
        let context = "[[channels]] entry \(number)"
        let reader = TableReader(table, context: context, known: keys, log: log)
        let before = log.diagnostics.count
        let id = reader.requiredString("id", expected: "a unique channel id such as \"sms\"")
        let type = reader.requiredChoice("type", as: ChannelType.self)
        if let id, id.value == ChannelDefinition.journalID {
            log.report(Phrase("config.journalReserved"), at: id.location)
        }
        var target: ChannelTarget?
        switch type?.value {
        case .command:
            let argv = reader.strings("command") ?? []
            if argv.isEmpty || !(argv.first?.value.hasPrefix("/") ?? false) {
                log.report(Phrase("config.commandMissing"), at: reader.table["command"]?.node.location ?? table.location)
            }
            target = .command(argv: argv.map(\.value))
        case .webhook:
            let format = reader.choice("format", as: WebhookFormat.self)?.value ?? .generic
            let url = reader.requiredString("url_secret", expected: "the name of the credential (or a file path) holding the webhook URL")
            target = url.map { .webhook(format: format, urlSecret: $0.value, signingSecret: reader.string("signing_secret")?.value) }
        case .email:
            let from = reader.requiredString("from", expected: "the sender address, e.g. \"dutyd@rzedu.gov.cn\"")
            target = from.map { .email(sendmail: reader.string("sendmail")?.value ?? "/usr/sbin/sendmail", from: $0.value) }
        case nil:
            break
        }
        let limits = (
            timeout: reader.duration("timeout")?.value ?? .seconds(30),
            concurrency: positive(reader, "concurrency", default: 4, most: maxConcurrency),
            rate: positive(reader, "rate_per_minute", default: 60, most: maxRatePerMinute),
            attempts: positive(reader, "max_attempts", default: 8, most: 10_000),
            retryBase: reader.duration("retry_base")?.value ?? RetryPolicy().base
        )
        let sendsSMS = reader.boolean("sms")?.value ?? false
        let template = reader.string("template")
        if let template, let problem = NotificationTemplate.problem(in: template.value) {
            log.report(problem, at: template.location)
        }
        guard log.diagnostics.count == before, let id, let target else { return nil }
        var channel = ChannelDefinition(
            id: id.value, target: target, timeout: limits.timeout, concurrency: limits.concurrency, ratePerMinute: limits.rate,
            maxAttempts: limits.attempts, retry: RetryPolicy(base: limits.retryBase), template: template?.value)
        channel.sendsSMS = sendsSMS
        return ChannelDraft(id: id, channel: channel)
    }

    /// Deliveries in flight at once on one channel, at most: a province's own receiver may take many.
    static let maxConcurrency = 1_000
    /// Deliveries started per minute on one channel, at most (about 16,000 a second).
    static let maxRatePerMinute = 1_000_000

    private static func positive(_ reader: TableReader, _ key: String, default value: Int, most: Int) -> Int {
        guard let number = reader.integer(key) else { return value }
        guard number.value > 0, number.value <= most else {
            reader.log.report(Phrase("config.between", "\(key)", "\(most)", "\(number.value)"), at: number.location)
            return value
        }
        return Int(number.value)
    }
}

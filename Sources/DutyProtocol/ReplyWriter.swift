/// Writes a framed Varlink reply by hand, byte for byte as `VarlinkCoding.frame` would with
/// `JSONEncoder` (sorted keys, slashes unescaped, absent optionals left out), for the replies of
/// the methods called most: `JSONEncoder` costs more than the rest of answering them.
///
/// Callers write the members of each object in sorted key order.
public struct ReplyWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// `{"parameters":` + what `body` writes + `}` and the NUL terminator.
    public static func frame(capacity: Int = 1024, _ body: (inout ReplyWriter) -> Void) -> [UInt8] {
        var writer = ReplyWriter(capacity: capacity)
        writer.object { $0.member("parameters") { body(&$0) } }
        writer.bytes.append(0)
        return writer.bytes
    }

    /// An object whose members `body` writes.
    public mutating func object(_ body: (inout ReplyWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// An array of `elements`, each written by `body`.
    public mutating func array<Elements: Sequence>(_ elements: Elements, _ body: (inout ReplyWriter, Elements.Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for element in elements { body(&self, element) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A member whose value `body` writes.
    public mutating func member(_ key: StaticString, _ body: (inout ReplyWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
        body(&self)
    }

    /// A string member, left out when nil.
    public mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        member(key) { $0.string(value) }
    }

    /// An integer member.
    public mutating func member(_ key: StaticString, _ value: some BinaryInteger) {
        member(key) { $0.integer(value) }
    }

    public mutating func integer(_ value: some BinaryInteger) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// A JSON string, escaped as `JSONEncoder` escapes it with `.withoutEscapingSlashes`.
    public mutating func string(_ value: String) {
        separate()
        JSONString.append(value, to: &bytes, escapingSlashes: false)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}

/// A reply that writes its own frame with `ReplyWriter` instead of `JSONEncoder` (Codable, the one
/// general path), byte for byte what `JSONEncoder` writes. Only where bench/README.md measured a
/// target that needs it: the `Acknowledge`, `Resolve` and `Report` replies (row "acknowledgements
/// 0.25× the floor; `JSONEncoder` a fifth of each request") and the alert listing
/// (`AlertsReply.frame`, row "`dutyctl alerts --json` with 100,000 alerts took 17.4 s").
public protocol HandWrittenReply {
    /// The framed reply, the same bytes as `VarlinkCoding.frame(VarlinkReply(parameters: self))`.
    func framedReply() -> [UInt8]
}

extension RecipientInfo {
    func write(to writer: inout ReplyWriter) {
        writer.object {
            $0.member("id", id)
            $0.member("name", name)
            $0.member("phone", phone)
        }
    }
}

extension AlertInfo {
    /// Writes the alert as an object, its keys sorted.
    public func write(to writer: inout ReplyWriter) {
        writer.object {
            $0.member("acknowledged_at", acknowledgedAt)
            $0.member("acknowledged_by", acknowledgedBy)
            $0.member("id", id)
            $0.member("kind", kind)
            $0.member("level", level)
            $0.member("next_escalation_at", nextEscalationAt)
            $0.member("raised_at", raisedAt)
            $0.member("recipients") { $0.array(recipients) { writer, recipient in recipient.write(to: &writer) } }
            $0.member("resolved_at", resolvedAt)
            $0.member("risk", risk)
            $0.member("state", state)
            $0.member("subject", subject)
            $0.member("summary", summary)
            $0.member("top_level", topLevel)
            $0.member("unit", unit)
            $0.member("unit_name", unitName)
        }
    }
}

extension AlertReply: HandWrittenReply {
    public func framedReply() -> [UInt8] {
        ReplyWriter.frame { writer in writer.object { $0.member("alert") { alert.write(to: &$0) } } }
    }
}

extension AlertsReply {
    /// The framed reply listing `alerts`, byte for byte as `VarlinkCoding.frame` would encode it,
    /// for listings too long for `JSONEncoder`.
    public static func frame(_ alerts: some Sequence<AlertInfo>, capacity: Int = 1024) -> [UInt8] {
        ReplyWriter.frame(capacity: capacity) { writer in
            writer.object { $0.member("alerts") { $0.array(alerts) { writer, alert in alert.write(to: &writer) } } }
        }
    }
}

extension ReportReply: HandWrittenReply {
    public func framedReply() -> [UInt8] {
        ReplyWriter.frame { writer in
            writer.object {
                $0.member("alert") { alert.write(to: &$0) }
                $0.member("incident", incident)
            }
        }
    }
}

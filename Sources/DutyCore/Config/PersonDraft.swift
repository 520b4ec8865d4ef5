import DutyPhrases
import DutyTOML

/// A `[[people]]` entry as written, with positions kept for cross-reference checks.
struct PersonDraft {
    var id: Located<String>
    var unit: Located<String>
    /// The person's own channels and those their contact rules name, for the reference check.
    var channels: [Located<String>]
    var person: Person

    static let keys = ["id", "name", "phone", "unit", "channels", "email", "contact_rules"]

    static func decode(_ table: TOMLTable, number: Int, log: DiagnosticLog) -> PersonDraft? {
        let reader = TableReader(table, context: "[[people]] entry \(number)", known: keys, log: log)
        let id = reader.requiredString("id", expected: "a unique person id")
        let name = reader.requiredString("name", expected: "the person's name, e.g. \"王芳\"")
        let phone = reader.requiredString("phone", expected: "a phone number, e.g. \"13806330001\" or \"0633-8221234\"")
        let unit = reader.requiredString("unit", expected: "the id of the person's unit")
        let channels = reader.strings("channels") ?? []
        let rules = reader.tables("contact_rules").enumerated().compactMap { ContactRuleDraft.decode($1, context: "contact rule \($0 + 1) of [[people]] entry \(number)", log: log) }
        let email = reader.string("email")
        if let email, !email.value.contains("@") {
            log.report(Phrase("config.invalidEmail", "\(email.value)"), at: email.location)
        }
        var phoneIsValid = true
        if let phone, !isPlausiblePhone(phone.value) {
            log.report(Phrase("config.invalidPhone", "\(phone.value)"), at: phone.location)
            phoneIsValid = false
        }
        guard let id, let name, let phone, let unit, phoneIsValid else { return nil }
        let mobile = (try? PhoneNumber(parsing: phone.value)).flatMap { $0.kind == .mobile ? $0.text : nil }
        var person = Person(
            id: id.value, name: name.value, phone: phone.value, unit: unit.value, channels: channels.map(\.value), email: email?.value, mobile: mobile)
        person.contactRules = rules.map(\.rule)
        return PersonDraft(id: id, unit: unit, channels: channels + rules.flatMap(\.channels), person: person)
    }

    /// At least five digits, and nothing but digits, `+`, `-` and spaces.
    static func isPlausiblePhone(_ text: String) -> Bool {
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        let allowed = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == " " }
        return allowed && digits >= 5
    }
}

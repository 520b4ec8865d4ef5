/// Someone who can be on duty, responsible for a hazard, or notified.
public struct Person: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var phone: String
    public var unit: String
    /// Ids of the notification channels that reach this person (besides the journal).
    public var channels: [String]
    /// Address for email channels.
    public var email: String?
    /// The person's mobile number, the one an SMS can reach; nil when they have only a landline.
    public var mobile: String?
    /// Which channels reach the person for which alert kinds at which hours; the first that applies wins.
    public var contactRules: [ContactRule] = []

    public init(id: String, name: String, phone: String, unit: String, channels: [String] = [], email: String? = nil, mobile: String? = nil) {
        self.id = id
        self.name = name
        self.phone = phone
        self.unit = unit
        self.channels = channels
        self.email = email
        self.mobile = mobile
    }
}

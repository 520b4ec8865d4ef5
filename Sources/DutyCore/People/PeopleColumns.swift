/// The columns of a people list (通讯录) and the header names each accepts.
public enum PeopleColumns {
    /// One logical column.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case id, name, unit, mobile, phone, email, roles, channels

        /// Every header name accepted, the one shown in messages first.
        public var names: [String] {
            switch self {
            case .id: ["编号", "工号", "人员编号", "id"]
            case .name: ["姓名", "name"]
            case .unit: ["单位", "单位名称", "所在单位", "学校", "unit"]
            case .mobile: ["手机", "手机号", "手机号码", "移动电话", "mobile"]
            case .phone: ["电话", "联系电话", "办公电话", "座机", "固定电话", "phone"]
            case .email: ["邮箱", "电子邮箱", "电子邮件", "email"]
            case .roles: ["角色", "职责", "roles"]
            case .channels: ["通知渠道", "渠道", "channels"]
            }
        }

        var required: Bool { self == .id || self == .name || self == .unit }
    }

    /// The mapping used to read a people list's header.
    public static let mapping = CSVHeaderMapping(columns: Field.allCases.map { CSVColumn(field: $0, names: $0.names, required: $0.required) })

    /// The words of the 角色 column: a unit's contact roles, in Chinese or as in dutyd.toml.
    public static let roleWords: [String: ContactRole] = [
        "负责人": .head, "校长": .head, "园长": .head, "局长": .head, "head": .head,
        "安全员": .safety, "安全负责人": .safety, "安全科": .safety, "safety": .safety,
        "值班室": .dutyOffice, "值班员": .dutyOffice, "duty_office": .dutyOffice,
    ]

    /// Splits a cell listing several words: `负责人、安全员`, `head, safety`.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { "、,，;；/ \u{3000}".contains($0) }).map(String.init)
    }
}

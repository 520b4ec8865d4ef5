/// The columns of a hazard ledger and the header names each accepts (the documented header mapping).
public enum LedgerColumns {
    /// One logical column.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case id, serial, unit, location, description, category, risk, measure, responsible, deadline, status, progress
        /// The day the hazard was reported rectified, and the day it was verified and closed (销号).
        case rectifiedOn = "rectified_on", closedOn = "closed_on"

        /// The header name written on export and shown in messages.
        public var header: String { names[0] }

        /// Every header name accepted on import, the exported one first.
        public var names: [String] {
            switch self {
            case .id: ["编号", "隐患编号", "id"]
            case .serial: ["序号"]
            case .unit: ["学校/单位", "单位", "学校", "单位名称", "学校名称", "unit"]
            case .location: ["隐患部位", "部位", "location"]
            case .description: ["隐患描述", "隐患内容", "存在问题", "description"]
            case .category: ["隐患类别", "类别", "category"]
            case .risk: ["风险等级", "隐患等级", "risk"]
            case .measure: ["整改措施", "measure"]
            case .responsible: ["整改责任人", "责任人", "responsible"]
            case .deadline: ["整改时限", "整改期限", "deadline"]
            case .status: ["整改情况", "整改状态", "status"]
            case .progress: ["整改进展", "progress"]
            case .rectifiedOn: ["整改完成时间", "整改完成日期", "完成时间", "rectified_on"]
            case .closedOn: ["销号日期", "销号时间", "验收日期", "验收时间", "closed_on"]
            }
        }

        /// Columns a ledger must have; without 编号 it needs 序号 (checked separately).
        var required: Bool {
            switch self {
            case .id, .serial, .category, .status, .progress, .rectifiedOn, .closedOn: false
            default: true
            }
        }
    }

    /// The mapping used to read a ledger's header.
    public static let mapping = CSVHeaderMapping(columns: Field.allCases.map { CSVColumn(field: $0, names: $0.names, required: $0.required) })

    /// The columns of an exported ledger, in order.
    public static let exported: [Field] = [.serial, .id, .unit, .location, .description, .category, .risk, .measure, .responsible, .deadline, .status, .progress]
}

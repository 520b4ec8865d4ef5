import DutyCore
import Foundation

extension FieldPages {
    /// The hazard page's view, or nil when the hazard is not in the ledger; without a person, read-only.
    func hazard(_ id: String, person: String?, photos: PhotoStore, base: String) -> HazardView? {
        guard let hazard = state.hazards.hazards[id] else { return nil }
        let configuration = loaded.configuration
        let clock = loaded.clock
        let history = (try? store.history(ofHazard: id)) ?? []
        let entry = hazard.entry
        let open: Set<HazardStatus> = [.open, .rectifying, .reopened]
        return HazardView(
            title: "隐患 \(id)", riskClass: hazard.risk.rawValue, riskText: hazard.risk.chineseName + "风险",
            unitName: configuration.tree[hazard.unit]?.name ?? hazard.unit, location: entry.location, description: entry.description,
            category: entry.category, measure: entry.measure, responsible: entry.responsible, deadline: clock.readable(hazard.deadline),
            statusText: hazard.status.chineseName, progress: hazard.progress.isEmpty ? "—" : hazard.progress,
            photos: photos.names(id).map { "\(base)/photo/\($0)" },
            canRectify: person != nil && open.contains(hazard.status), canVerify: person != nil && hazard.status == .rectified,
            isRectifier: person != nil && hazard.rectifiedBy?.person?.id == person,
            history: history.map { entry in
                HistoryLine(time: Self.shortTime(clock.iso8601(entry.time)), actor: entry.actor, action: Self.hazardActionText(entry.action), note: entry.note)
            },
            maxPhotoText: "最多 3 张 JPEG 或 PNG 照片，每张不超过 \((configuration.web?.maxPhotoBytes ?? WebSettings.defaultMaxPhotoBytes) / 1024) KB",
            footer: footer(person))
    }

    static func hazardActionText(_ action: String) -> String {
        [
            "imported": "导入台账", "changed": "台账更新", "progress": "整改进展", "rectified": "报告已整改", "verified": "验收销号", "reopened": "退回重新整改",
            "extended": "延期", "reminded": "到期提醒", "overdue": "逾期",
        ][action] ?? action
    }
}

/// What the hazard page shows.
struct HazardView: Sendable {
    var title, riskClass, riskText, unitName, location, description, category, measure, responsible, deadline, statusText, progress: String
    var photos: [String]
    var canRectify, canVerify, isRectifier: Bool
    var history: [HistoryLine]
    var maxPhotoText: String
    var footer: String
}

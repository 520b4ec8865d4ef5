extension Phrasebook {
    /// Why the core refused a check-in, spot check, hazard action or alert action.
    static let commands = table([
        "duty.unknownShift": ("no shift has id \"{0}\"", "没有编号为“{0}”的班次"),
        "duty.unknownUnit": ("no unit has id \"{0}\"", "没有编号为“{0}”的单位"),
        "duty.noShiftNowFor": ("{1} has no shift at {0} open for check-in now", "{1} 在 {0} 现在没有可签到的班次"),
        "duty.noShiftNow": ("no shift at {0} is open for check-in now", "{0} 现在没有可签到的班次"),
        "duty.notCurrent": ("shift {0} is open for check-in from {1} until {2} only", "班次 {0} 只能在 {1} 至 {2} 之间签到"),
        "duty.notTheDutyOfficer": ("{1} is not the duty officer of shift {0} ({2} is)", "{1} 不是班次 {0} 的值班人员（值班人员是 {2}）"),
        "duty.alreadyCheckedInBy": (
            "shift {0} was already checked in by {1} at {2}, and no spot check is open", "班次 {0} 已由 {1} 于 {2} 签到，且没有未结束的抽查"
        ),
        "duty.alreadyCheckedIn": ("shift {0} was already checked in by someone at {1}, and no spot check is open", "班次 {0} 已于 {1} 签到，且没有未结束的抽查"),
        "duty.nobodyOnDuty": ("nobody is on duty at {0} now: no shift covers this time", "{0} 现在无人值班：没有班次覆盖这一时间"),
        "duty.spotCheckOpen": ("spot check {1} of shift {0} is still open", "班次 {0} 的抽查 {1} 尚未结束"),
        "hazard.notFound": ("no hazard has id \"{0}\"", "没有编号为“{0}”的隐患"),
        "hazard.invalidTransition": ("hazard {0} is {1} ({2}); it cannot be {3} now", "隐患 {0} 当前为{2}，现在不能{4}"),
        "hazard.selfVerification": ("hazard {0} was reported rectified by {1}; someone else must verify it", "隐患 {0} 由 {1} 报告已整改，须由他人验收"),
        "hazard.missingText": ("{0} must not be empty", "{1}不能为空"),
        "hazard.deadlineNotLater": ("the new deadline of hazard {0} must be later than the current one", "隐患 {0} 的新整改时限必须晚于当前时限"),
        "hazard.action.progress": ("progress", "记录整改进展"),
        "hazard.action.rectified": ("rectified", "报告已整改"),
        "hazard.action.verified": ("verified", "验收"),
        "hazard.action.reopened": ("reopened", "退回"),
        "hazard.action.extended": ("extended", "延期"),
        "hazard.text.progressNote": ("the progress note", "整改进展说明"),
        "hazard.text.reason": ("the reason", "原因"),
        "hazard.text.extensionReason": ("the reason for the extension", "延期原因"),
        "hazard.text.approver": ("who approved the extension", "延期批准人"),
        "alert.notFound": ("no alert has id {0}", "没有编号为 {0} 的告警"),
        "alert.alreadyAcknowledgedBy": (
            "alert {0} is already acknowledged by {1}; resolve it, or wait for it to climb again", "告警 {0} 已由 {1} 确认；请解决它，或等它再次升级"
        ),
        "alert.alreadyAcknowledged": (
            "alert {0} is already acknowledged by someone; resolve it, or wait for it to climb again", "告警 {0} 已被确认；请解决它，或等它再次升级"
        ),
        "alert.alreadyResolved": ("alert {0} is already resolved", "告警 {0} 已经解决过了"),
        "alert.unknownUnit": ("no unit has id \"{0}\"", "没有编号为“{0}”的单位"),
        "alert.emptySummary": ("the summary must not be empty", "摘要不能为空"),
        "incident.notFound": ("no incident has id \"{0}\"", "没有编号为“{0}”的突发事件"),
        "incident.closed": ("incident {0} is resolved; it takes no follow-up or pass-up", "突发事件 {0} 已办结，不能再续报或上报"),
        "incident.nothingAbove": (
            "incident {0} is already at the top level {1} of its ladder: there is nobody above to pass it to", "突发事件 {0} 已在最高一级（{1} 级），没有可再上报的上级"
        ),
        "incident.emptyNote": ("the note must say what is new", "续报内容不能为空"),
    ])
}

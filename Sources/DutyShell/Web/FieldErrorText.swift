import DutyCore

/// Why a field action was refused, in Chinese for the person on the phone.
enum FieldErrorText {
    /// The refusal `error` in Chinese.
    static func describe(_ error: CommandError) -> String {
        switch error {
        case .alert(.alreadyAcknowledged(_, let by, _)): "该告警已由 \(who(by)) 确认收到，无需重复确认。"
        case .alert(.alreadyResolved): "该告警已处理完毕。"
        case .alert(.notFound): "该告警已不存在。"
        case .duty(.notCurrent(_, let opens, let ends)): "现在不在签到时间内：本班次签到时间为 \(opens) 至 \(ends)。"
        case .duty(.alreadyCheckedIn(_, let by, let at)): "本班次已由 \(who(by)) 于 \(at) 签到，目前没有进行中的抽查。"
        case .duty(.notTheDutyOfficer(_, _, let officer)): "您不是本班次的值班人员（值班人员为 \(officer)）。"
        case .duty(.unknownShift): "该班次已不在值班表中。"
        case .hazard(.selfVerification, _, _): "您报告了本次整改，须由其他人验收销号。"
        case .daily(.deadlinePassed(_, _, let deadline)): "值班日报已于 \(deadline) 截止报送，未做任何更改。如有情况，请电话联系上级值班室。"
        case .daily(.notInHolidayPeriod(let date)): "\(date) 不在假期值班期间，无需报送值班日报。"
        case .daily(.emptyNote): "备注不能为空，请填写后再提交。"
        case .hazard(_, _, let status?): "该隐患当前状态为“\(status.chineseName)”，不能进行此操作。请刷新页面查看最新状态。"
        default: "操作未执行，数据未作任何更改。原因：\(error)"
        }
    }

    /// Who acted, as a person on the phone knows them: the person's name, else the account.
    private static func who(_ actor: ActorIdentity?) -> String {
        actor?.person?.name ?? actor?.account ?? "他人"
    }
}

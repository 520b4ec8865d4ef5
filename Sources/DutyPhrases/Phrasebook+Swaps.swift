extension Phrasebook {
    /// Why a swap (换班) or a roster filing (报备) was refused.
    static let swaps = table([
        "swap.unknownShift": ("no shift {0} in the roster (see dutyctl roster)", "值班表中没有班次 {0}（见 dutyctl roster）"),
        "swap.unknownSwap": ("no swap {0} (see dutyctl roster swaps)", "没有换班申请 {0}（见 dutyctl roster swaps）"),
        "swap.shiftStarted": ("shift {0} started at {1}: its places can no longer be swapped", "班次 {0} 已于 {1} 开始，不能再换班"),
        "swap.noRequester": (
            "say whose place is swapped: name the officer with --for", "请说明是谁的班次要换：用 --for 指明值班人员"
        ),
        "swap.unknownPerson": ("no person {0} in the configuration", "配置中没有人员 {0}"),
        "swap.ambiguousPerson": ("{1} people are called {0}: name one by id", "有 {1} 人名为 {0}，请用编号指明"),
        "swap.notInShift": ("{0} is not on shift {1}: only someone on the shift can swap a place in it", "{0} 不在班次 {1} 中，只有该班次的人员才能换班"),
        "swap.partnerInShift": ("{0} is already on shift {1}", "{0} 已在班次 {1} 中"),
        "swap.partnerOfOtherUnit": (
            "{0} belongs to {1}, not to {2}: only an administrator may swap with another unit",
            "{0} 属于 {1}，不属于 {2}：只有管理员才能与其他单位的人员换班"
        ),
        "swap.alreadyRequested": ("a swap of this place in shift {0} is already waiting: swap {1}", "班次 {0} 的这个位置已有待审批的换班申请 {1}"),
        "swap.alreadyDecided": ("swap {0} is already {1}", "换班申请 {0} 已是 {1} 状态"),
        "swap.ownSwap": ("{0} cannot approve or refuse swap {1}: it is their own", "{0} 不能审批自己的换班申请 {1}"),
        "swap.notTheLeader": (
            "{0} is not the leader on duty of swap {1}'s shift ({2} is): only the leader or an administrator decides",
            "{0} 不是换班申请 {1} 所在班次的带班领导（带班领导为 {2}），只有带班领导或管理员可以审批"
        ),
        "filing.unknownPeriod": ("no holiday period {0} in the calendar", "节假日安排中没有 {0}"),
        "filing.noPeriod": ("no holiday period is current or ahead in the calendar", "节假日安排中没有当前或将来的假期"),
        "filing.notStaffed": ("{0} keeps no holiday roster ([duty] staffed_units)", "{0} 不需要报备假期值班表（见 [duty] staffed_units）"),
        "value.swapDecision": ("decision must be approve or refuse, not {0}", "decision 只能是 approve（批准）或 refuse（不批准），不能是 {0}"),
    ])
}

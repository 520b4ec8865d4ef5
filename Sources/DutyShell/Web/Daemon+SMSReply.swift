import DutyProtocol

/// What an SMS reply handed in over HTTP came to.
enum SMSReplyOutcome: Sendable {
    /// Run and committed (or refused, changing nothing): the reply `dutyctl reply` would print.
    case answered(ReplyReply)
    /// Not recorded (the database cannot be written): nothing changed.
    case failed(String)
}

extension Daemon {
    /// Runs an SMS reply exactly as `io.dutyd.Reply` does (`ReplyMethods.reply`), answered once committed.
    func smsReply(from phone: String, text: String) async -> SMSReplyOutcome {
        await withCheckedContinuation { continuation in
            runChange { daemon in
                let ticket = daemon.changeCount
                let result = ReplyMethods.reply(ReplyRequest(from: phone, text: text), daemon)
                daemon.whenCommitted(changesAfter: ticket) { lost in
                    switch (lost, result) {
                    case (let lost?, _): continuation.resume(returning: .failed(lost.cause))
                    case (nil, .success(let reply)): continuation.resume(returning: .answered(reply))
                    case (nil, .failure(let error)): continuation.resume(returning: .failed("\(error)"))
                    }
                }
            }
        }
    }
}

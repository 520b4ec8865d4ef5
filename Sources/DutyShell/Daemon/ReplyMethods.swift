import DutyCore
import DutyProtocol

/// `io.dutyd.Reply`: an SMS reply handed in by the gateway, acted on as the sender's person.
enum ReplyMethods {
    /// Runs the reply on the engine; a refused reply is answered (accepted false), not an error.
    static func reply(_ request: ReplyRequest, _ daemon: isolated Daemon) -> Result<ReplyReply, VarlinkError> {
        daemon.run(.reply(from: request.from, text: request.text)).mapError(VarlinkError.init).map { reply in
            guard case .reply(let outcome) = reply else { preconditionFailure("Reply replies with its outcome") }
            switch outcome {
            case .accepted(let alert, let sms, let person):
                let presenter = AlertPresenter(configuration: daemon.loaded.configuration, clock: daemon.loaded.clock)
                return ReplyReply(accepted: true, answer: outcome.answer, alert: presenter.info(alert), person: person.id, action: sms.action.rawValue)
            case .refused(let refusal):
                return ReplyReply(accepted: false, answer: outcome.answer, reason: refusal.description)
            }
        }
    }
}

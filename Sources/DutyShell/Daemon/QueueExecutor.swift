import Dispatch

/// Runs an actor's jobs on a serial Dispatch queue, so that the actor and the Dispatch sources
/// (timers, sockets) that fire on that queue share one thread of control: a source's handler
/// enters the actor with `assumeIsolated`, and the compiler checks every access to its state.
final class QueueExecutor: SerialExecutor {
    let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Work running on `queue` runs on this executor: `assumeIsolated` from a Dispatch handler holds.
    func checkIsolated() {
        dispatchPrecondition(condition: .onQueue(queue))
    }
}

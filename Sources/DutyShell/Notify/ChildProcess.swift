import Foundation
import Glibc

/// Runs a program directly (never through a shell) with input on stdin, a given environment and
/// a time limit, and reports how it ended.
enum ChildProcess {
    private static let spawnLock = NSLock()

    struct Outcome {
        var status: Int32
        /// The first bytes of what it wrote to stderr.
        var errorOutput: String
    }

    /// Runs `argv`; kills it and throws when it outlives `timeout`.
    static func run(_ argv: [String], input: [UInt8], environment: [String: String], timeout: Duration) throws(DeliveryError) -> Outcome {
        let started = spawnLock.withLock { Result { () throws(DeliveryError) in try spawn(argv, environment: environment) } }
        let (pid, inputPipe, errorPipe) = try started.get()
        _ = input.withUnsafeBytes { write(inputPipe, $0.baseAddress, $0.count) }
        close(inputPipe)
        let flags = fcntl(errorPipe, F_GETFL)
        _ = fcntl(errorPipe, F_SETFL, flags | O_NONBLOCK)
        defer { close(errorPipe) }
        var errorOutput: [UInt8] = []
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while true {
            var chunk = [UInt8](repeating: 0, count: 4_096)
            let count = read(errorPipe, &chunk, chunk.count)
            if count > 0, errorOutput.count < 4_096 { errorOutput += chunk[..<count] }
            if waitpid(pid, &status, WNOHANG) == pid { break }
            if ContinuousClock.now > deadline {
                kill(-pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw DeliveryError("\(argv[0]) did not finish within \(DurationText.short(timeout)); killed")
            }
            usleep(5_000)
        }
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let firstLine = String(decoding: errorOutput, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return Outcome(status: exitStatus, errorOutput: firstLine)
    }

    /// Starts `argv` in its own process group (so a timeout kills whatever it started too) with
    /// stdin and stderr on pipes; returns its pid and our ends of the pipes. Callers hold
    /// `spawnLock`: the pipes are close-on-exec only after `pipe` returns, and a child spawned in
    /// between by another thread must not inherit them, or it would hold the other's stdin open.
    private static func spawn(_ argv: [String], environment: [String: String]) throws(DeliveryError) -> (pid: pid_t, input: Int32, errors: Int32) {
        var inputPipe: [Int32] = [0, 0]
        var errorPipe: [Int32] = [0, 0]
        guard pipe(&inputPipe) == 0 else { throw DeliveryError("cannot create a pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&errorPipe) == 0 else {
            inputPipe.forEach { close($0) }
            throw DeliveryError("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for fd in inputPipe + errorPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let arguments = argv.map { strdup($0) } + [nil]
        let variables = environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, arguments, variables)
        close(inputPipe[0])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(inputPipe[1])
            close(errorPipe[0])
            throw DeliveryError("cannot run \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        return (pid, inputPipe[1], errorPipe[0])
    }
}

/// Durations in messages.
enum DurationText {
    /// `5s` for whole seconds, else one decimal: `0.5s`.
    static func short(_ duration: Duration) -> String {
        duration.components.attoseconds == 0 ? "\(duration.components.seconds)s" : String(format: "%.1fs", duration.timeInterval)
    }
}

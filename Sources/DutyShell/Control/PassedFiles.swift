import Glibc
import Synchronization

/// The descriptors a client sent with one call (`SCM_RIGHTS`), named by index in its parameters.
/// A handler takes the ones its method uses; the rest are closed when the call is done with them.
public final class PassedFiles: Sendable {
    private let descriptors: Mutex<[Int32?]>

    /// Takes ownership of `descriptors`.
    init(_ descriptors: [Int32]) {
        self.descriptors = Mutex(descriptors.map { $0 })
    }

    /// The descriptor at `index`, which the caller now owns (and must close); nil when there is none.
    func take(_ index: Int) -> Int32? {
        descriptors.withLock { list in
            guard list.indices.contains(index) else { return nil }
            defer { list[index] = nil }
            return list[index]
        }
    }

    deinit {
        descriptors.withLock { list in
            for case let fd? in list { close(fd) }
        }
    }
}

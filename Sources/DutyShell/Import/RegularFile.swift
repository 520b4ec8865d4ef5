import Glibc

/// Opens files that a configuration names with the daemon's own rights, and says exactly why
/// one cannot be read: the system's reason from `open` ("Permission denied", "No such file or
/// directory") or "not a regular file" (a directory, a device such as /dev/null, a FIFO).
enum RegularFile {
    /// Why a file cannot be read, in the system's words.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    /// Fails unless `path` is a regular file that can be opened for reading.
    static func check(_ path: String) throws(Unreadable) {
        close(try open(path))
    }

    /// The whole content of the regular file at `path`.
    static func bytes(atPath path: String) throws(Unreadable) -> [UInt8] {
        let fd = try open(path)
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count == 0 { return bytes }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw Unreadable(description: String(cString: strerror(errno)))
            }
            bytes += buffer[0..<count]
        }
    }

    /// A descriptor of the regular file at `path`; never blocks on a FIFO (`O_NONBLOCK`).
    private static func open(_ path: String) throws(Unreadable) -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Unreadable(description: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Unreadable(description: reason)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw Unreadable(description: "not a regular file")
        }
        return fd
    }
}

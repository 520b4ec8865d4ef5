import Glibc

/// Opens files that a configuration names with the daemon's own rights (and reads files clients
/// pass as descriptors, within a size limit), and says exactly why
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
        return try bytes(of: fd, limit: Int.max)
    }

    /// The whole content of the open file `fd`, which must be a regular file of at most `limit` bytes.
    static func bytes(of fd: Int32, limit: Int) throws(Unreadable) -> [UInt8] {
        let info = try regular(fd)
        guard Int(info.st_size) <= limit else { throw tooLarge(limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count == 0 { return bytes }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw Unreadable(description: String(cString: strerror(errno)))
            }
            guard bytes.count + count <= limit else { throw tooLarge(limit) }
            bytes += buffer[0..<count]
        }
    }

    private static func tooLarge(_ limit: Int) -> Unreadable {
        Unreadable(description: "the file is larger than \(limit >> 20) MiB, the most dutyd reads (split it)")
    }

    /// A descriptor of the regular file at `path`; never blocks on a FIFO (`O_NONBLOCK`).
    private static func open(_ path: String) throws(Unreadable) -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Unreadable(description: String(cString: strerror(errno))) }
        do {
            _ = try regular(fd)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// The status of `fd`, which must be a regular file.
    private static func regular(_ fd: Int32) throws(Unreadable) -> stat {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Unreadable(description: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Unreadable(description: "not a regular file") }
        return info
    }
}

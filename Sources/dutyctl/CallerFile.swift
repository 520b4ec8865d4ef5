import Glibc

/// Files that `dutyctl` opens with the caller's own rights and passes to the daemon as descriptors,
/// so that dutyd never opens a path a user names.
enum CallerFile {
    /// A descriptor of the regular file at `path`, opened for reading.
    static func openForReading(_ path: String) throws(CLIError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw failure(path, errno) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw CLIError(message: tr("cannot read {0}: not a regular file", path), status: CLIError.failed)
        }
        return fd
    }

    /// A descriptor of a new file at `path` (readable by its owner only), opened for writing; an existing file is left alone.
    static func create(_ path: String) throws(CLIError) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, errno) }
        return fd
    }

    /// The error for `open` failing with `code`: "permission denied" (exit status 4) for EACCES and EPERM.
    private static func failure(_ path: String, _ code: Int32) -> CLIError {
        if code == EACCES || code == EPERM {
            return CLIError(message: tr("cannot open {0}: permission denied", path), status: CLIError.permissionDenied)
        }
        return CLIError(message: tr("cannot open {0}: {1}", path, String(cString: strerror(code))), status: CLIError.failed)
    }
}

import Foundation
import Glibc

extension ConfigLoader {
    /// Why the state directory cannot hold the database, or nil when it can: it must be a
    /// directory, or not exist yet below a directory that dutyd may create it in.
    static func stateDirectoryProblem(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) == 0 {
            return info.st_mode & S_IFMT == S_IFDIR ? nil : "is not a directory"
        }
        guard errno == ENOENT || errno == ENOTDIR else { return "cannot be used: \(String(cString: strerror(errno)))" }
        var ancestor = (path as NSString).deletingLastPathComponent
        while stat(ancestor, &info) != 0 {
            guard errno == ENOENT || errno == ENOTDIR, ancestor != "/" else { return "cannot be created: \(ancestor): \(String(cString: strerror(errno)))" }
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return "cannot be created: \(ancestor) is not a directory" }
        guard access(ancestor, W_OK) == 0 else { return "cannot be created in \(ancestor): \(String(cString: strerror(errno)))" }
        return nil
    }
}

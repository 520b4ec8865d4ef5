import DutyProtocol
import Glibc

/// `io.dutyd.Backup`: a consistent copy of the state database into the file the client passed.
enum BackupMethod {
    /// Writes the copy into the descriptor the request names, off the engine's queue.
    static func backup(_ request: BackupRequest, files: PassedFiles, _ store: StateStore) -> Result<BackupReply, VarlinkError> {
        guard let fd = files.take(request.file) else { return .failure(.invalidParameter("file")) }
        defer { close(fd) }
        do {
            return .success(BackupReply(bytes: try store.backup(into: fd)))
        } catch {
            return .failure(.storageFailed("writing a backup of the state database", cause: error))
        }
    }
}

/// Parameters of `io.dutyd.Backup`: `file`, the index of the descriptor sent with the call.
public struct BackupRequest: Codable, Sendable, Equatable {
    public var file: Int

    public init(file: Int) {
        self.file = file
    }
}

/// Reply of `io.dutyd.Backup`: the size of the copy written.
public struct BackupReply: Codable, Sendable, Equatable {
    public var bytes: Int

    public init(bytes: Int) {
        self.bytes = bytes
    }
}

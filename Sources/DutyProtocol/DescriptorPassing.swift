import Glibc

/// Passing open files over the control socket (`SCM_RIGHTS`), as systemd's Varlink does: a client
/// opens a file with its own rights and sends the descriptor with the first bytes of its call, which
/// names it by index (`file: 0`). The daemon never opens a path a client names.
public enum DescriptorPassing {
    /// The most descriptors taken from one receive; the kernel closes any more.
    public static let maximumPerReceive = 4

    private static let headerSize = MemoryLayout<Int>.size + 2 * MemoryLayout<Int32>.size
    private static let controlSize = align(headerSize) + align(maximumPerReceive * MemoryLayout<Int32>.size)

    /// Writes up to `bytes.count` bytes with `descriptor` attached, as `write` would; the count written or -1 with `errno`.
    public static func send(_ socket: Int32, _ bytes: UnsafeRawBufferPointer, descriptor: Int32) -> Int {
        var control = [UInt8](repeating: 0, count: align(headerSize) + align(MemoryLayout<Int32>.size))
        control.withUnsafeMutableBytes { buffer in
            buffer.storeBytes(of: headerSize + MemoryLayout<Int32>.size, toByteOffset: 0, as: Int.self)
            buffer.storeBytes(of: SOL_SOCKET, toByteOffset: MemoryLayout<Int>.size, as: Int32.self)
            buffer.storeBytes(of: Int32(SCM_RIGHTS), toByteOffset: MemoryLayout<Int>.size + 4, as: Int32.self)
            buffer.storeBytes(of: descriptor, toByteOffset: align(headerSize), as: Int32.self)
        }
        var vector = iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count)
        return control.withUnsafeMutableBytes { controlBuffer in
            withUnsafeMutablePointer(to: &vector) { vectorPointer in
                var header = msghdr()
                header.msg_iov = vectorPointer
                header.msg_iovlen = 1
                header.msg_control = controlBuffer.baseAddress
                header.msg_controllen = controlBuffer.count
                return sendmsg(socket, &header, Int32(MSG_NOSIGNAL))
            }
        }
    }

    /// Reads into `buffer` as `read` would, appending any descriptors that came with the bytes
    /// (close-on-exec) to `descriptors`; the count read, 0 at the end, or -1 with `errno`.
    public static func receive(_ socket: Int32, into buffer: UnsafeMutableRawBufferPointer, descriptors: inout [Int32]) -> Int {
        var control = [UInt8](repeating: 0, count: controlSize)
        var vector = iovec(iov_base: buffer.baseAddress, iov_len: buffer.count)
        var header = msghdr()
        let count = control.withUnsafeMutableBytes { controlBuffer in
            withUnsafeMutablePointer(to: &vector) { vectorPointer in
                header.msg_iov = vectorPointer
                header.msg_iovlen = 1
                header.msg_control = controlBuffer.baseAddress
                header.msg_controllen = controlBuffer.count
                return recvmsg(socket, &header, Int32(MSG_CMSG_CLOEXEC))
            }
        }
        guard count >= 0 else { return count }
        control.withUnsafeBytes { raw in
            var offset = 0
            while offset + headerSize <= Int(header.msg_controllen) {
                let length = raw.load(fromByteOffset: offset, as: Int.self)
                guard length >= headerSize, offset + length <= Int(header.msg_controllen) else { break }
                let level = raw.load(fromByteOffset: offset + MemoryLayout<Int>.size, as: Int32.self)
                let type = raw.load(fromByteOffset: offset + MemoryLayout<Int>.size + 4, as: Int32.self)
                if level == SOL_SOCKET, type == Int32(SCM_RIGHTS) {
                    let first = offset + align(headerSize)
                    for index in 0..<((offset + length - first) / MemoryLayout<Int32>.size) {
                        descriptors.append(raw.load(fromByteOffset: first + index * MemoryLayout<Int32>.size, as: Int32.self))
                    }
                }
                offset += align(length)
            }
        }
        return count
    }

    /// `CMSG_ALIGN`: rounded up to the size of `size_t`.
    private static func align(_ length: Int) -> Int {
        (length + MemoryLayout<Int>.size - 1) & ~(MemoryLayout<Int>.size - 1)
    }
}

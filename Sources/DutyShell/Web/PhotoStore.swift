import Foundation

/// Photos of hazards, kept under the state directory as `photos/HAZARD/NAME`; only JPEG and PNG,
/// recognised by their first bytes, are accepted.
struct PhotoStore: Sendable {
    let directory: String

    /// The kind of image `data` is, by its magic bytes.
    enum ImageType: String {
        case jpeg = "jpg"
        case png = "png"

        init?(_ data: [UInt8]) {
            if data.starts(with: [0xFF, 0xD8, 0xFF]) {
                self = .jpeg
            } else if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
                self = .png
            } else {
                return nil
            }
        }

        var contentType: String { self == .jpeg ? "image/jpeg" : "image/png" }
    }

    /// The folder of `hazard`: its id with anything but letters, digits and `-` replaced.
    func folder(_ hazard: String) -> String {
        let safe = String(hazard.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "_" })
        return directory + "/photos/" + safe
    }

    /// The stored photos' names of `hazard`, oldest first.
    func names(_ hazard: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder(hazard))) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The bytes and type of the photo `name` of `hazard`, if it is one of them.
    func photo(_ hazard: String, name: String) -> (Data, ImageType)? {
        guard names(hazard).contains(name), let data = FileManager.default.contents(atPath: folder(hazard) + "/" + name),
            let type = ImageType(Array(data.prefix(8)))
        else { return nil }
        return (data, type)
    }

    /// Stores `photos` of `hazard` (already checked); returns their names.
    func store(_ photos: [([UInt8], ImageType)], hazard: String, at now: Date) throws -> [String] {
        let folder = folder(hazard)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stamp = Int(now.timeIntervalSince1970 * 1000)
        return try photos.enumerated().map { index, photo in
            let name = "\(stamp)-\(index + 1).\(photo.1.rawValue)"
            try Data(photo.0).write(to: URL(filePath: folder + "/" + name), options: .withoutOverwriting)
            return name
        }
    }

    /// Removes photos stored for a change that was then refused.
    func remove(_ names: [String], hazard: String) {
        for name in names { try? FileManager.default.removeItem(atPath: folder(hazard) + "/" + name) }
    }
}

/// A TOML table: its keys in document order, each with the position of the key and of its value.
public struct TOMLTable: Sendable, Equatable {
    /// One key of a table with where the key was written and the value stored under it.
    public struct Entry: Sendable, Equatable {
        /// The key within its table (one part of a dotted key).
        public var key: String
        /// Where the key was written; for a table defined by a header, the key in that header.
        public var keyLocation: SourceLocation
        /// The value stored under the key.
        public var node: TOMLNode

        /// Creates an entry from a key, its position and its value.
        public init(key: String, keyLocation: SourceLocation, node: TOMLNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.node = node
        }
    }

    /// The entries in the order their keys first appear in the document.
    public var entries: [Entry]
    /// The header position for `[table]` and `[[table]]`, the brace for inline tables,
    /// 1:1 for the root, and the key that created it for implicitly created tables.
    public var location: SourceLocation

    /// Creates a table from its entries and its position.
    public init(entries: [Entry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The entry stored under `key`, or nil if the table has no such key.
    public subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }
}

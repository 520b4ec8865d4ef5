/// How a change made through a personal link names its actor in history and the journal:
/// `马丽娟 (ez-ma) via link from 203.0.113.9`.
enum FieldActor {
    static func actor(person: String, name: String, address: String) -> String {
        "\(name) (\(person)) via link from \(address)"
    }

    /// Whether `actor` (as recorded) is `person` acting through a link, from any address.
    static func isPerson(_ actor: String?, person: String, name: String) -> Bool {
        actor?.hasPrefix("\(name) (\(person)) via link") == true
    }
}

/// Page views turned into the dictionaries and arrays swift-mustache reads fastest.
///
/// swift-mustache finds each `{{name}}` of a template by reflecting (`Mirror`) over every object on its
/// context stack, again for every tag; on the alert page that was a third of dutyd's CPU time under
/// bench/field.sh. Reflecting each view once, into `[String: Any]` (which swift-mustache reads as a
/// `MustacheParent`, by key), renders the same page: a nil optional is left out, so the lookup climbs the
/// stack exactly as it does for a nil field.
enum MustacheValues {
    /// `value` with every struct or class as a dictionary of its stored properties, every array as an array
    /// of such values, optionals unwrapped; nil for a nil optional. Strings, numbers and booleans stay as they are.
    static func of(_ value: Any) -> Any? {
        if value is String || value is Bool || value is any BinaryInteger || value is any BinaryFloatingPoint { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { of($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let field = of(child.value) { fields[label] = field }
            }
            return fields
        case .collection:
            return mirror.children.compactMap { of($0.value) }
        default:
            return value
        }
    }
}

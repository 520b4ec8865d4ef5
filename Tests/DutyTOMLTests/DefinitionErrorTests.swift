import DutyTOML
import Testing

@Suite("Definition errors")
struct DefinitionErrorTests {
    @Test("duplicate keys", arguments: [
        ErrorCase("id = 1\nname = \"x\"\nid = 2", 3, 1, "duplicate key \"id\" (first defined at line 1)"),
        ErrorCase("a.b = 1\na = 2", 2, 1, "duplicate key \"a\" (first defined at line 1)"),
        ErrorCase("a.b = 1\na.b = 2", 2, 3, "duplicate key \"a.b\" (first defined at line 1)"),
        ErrorCase("t = { b = 1, b = 2 }", 1, 14, "duplicate key \"b\" (first defined at line 1)"),
        ErrorCase("\"k\" = 1\n'k' = 2", 2, 1, "duplicate key \"k\" (first defined at line 1)"),
        ErrorCase("[a.b]\n[a]\nb = 1", 3, 1, "duplicate key \"b\" (first defined at line 1)"),
        ErrorCase("\"a b\" = 1\n'a b' = 2", 2, 1, "duplicate key \"'a b'\" (first defined at line 1)"),
    ])
    func duplicateKeys(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("redefining tables", arguments: [
        ErrorCase("[a]\nx = 1\n[a]", 3, 2, "duplicate table [a] (first defined at line 1)"),
        ErrorCase("[a.b]\n[a]\n[a]", 3, 2, "duplicate table [a] (first defined at line 2)"),
        ErrorCase("[fruit]\napple.color = \"red\"\n[fruit.apple]", 3, 8, "duplicate table [fruit.apple] (first defined by dotted keys at line 2)"),
        ErrorCase("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, 3, "cannot extend table \"b.c\" with dotted keys (defined by a header at line 1)"),
        ErrorCase("a = 1\n[a]", 2, 2, "key \"a\" is an integer, not a table (defined at line 1)"),
        ErrorCase("a = 1\na.b = 2", 2, 1, "key \"a\" is an integer, not a table (defined at line 1)"),
        ErrorCase("[a]\nb = [1]\n[a.b.c]", 3, 4, "key \"a.b\" is an array, not a table (defined at line 2)"),
        ErrorCase("[[a]]\n[a]", 2, 2, "key \"a\" is an array of tables, not a table (defined at line 1)"),
    ])
    func redefinedTables(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("inline tables and static arrays cannot be extended", arguments: [
        ErrorCase("a = { x = 1 }\na.y = 2", 2, 1, "cannot extend inline table \"a\" (defined at line 1)"),
        ErrorCase("a = { x = 1 }\n[a.b]", 2, 2, "cannot extend inline table \"a\" (defined at line 1)"),
        ErrorCase("a = { x = 1 }\n[a]", 2, 2, "cannot extend inline table \"a\" (defined at line 1)"),
        ErrorCase("t = { a = { x = 1 }, a.y = 2 }", 1, 22, "cannot extend inline table \"a\" (defined at line 1)"),
        ErrorCase("a = [1]\n[[a]]", 2, 3, "cannot append to static array \"a\" (defined at line 1)"),
        ErrorCase("a = []\n\n[[a]]", 3, 3, "cannot append to static array \"a\" (defined at line 1)"),
    ])
    func frozenValues(_ errorCase: ErrorCase) {
        errorCase.verify()
    }

    @Test("arrays of tables against other definitions", arguments: [
        ErrorCase("[a]\n[[a]]", 2, 3, "key \"a\" is a table, not an array of tables (defined at line 1)"),
        ErrorCase("a = { }\n[[a]]", 2, 3, "key \"a\" is a table, not an array of tables (defined at line 1)"),
        ErrorCase("a = 'x'\n[[a]]", 2, 3, "key \"a\" is a string, not an array of tables (defined at line 1)"),
        ErrorCase("[[a.b]]\n[a]\nb.y = 2", 3, 1, "cannot extend array of tables \"b\" with dotted keys (defined at line 1)"),
    ])
    func arraysOfTables(_ errorCase: ErrorCase) {
        errorCase.verify()
    }
}

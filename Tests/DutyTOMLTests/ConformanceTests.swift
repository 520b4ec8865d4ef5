import DutyTOML
import Testing

/// Edge cases modelled on the toml-test suite: documents TOML 1.0 accepts and documents it rejects.
@Suite("Conformance edge cases")
struct ConformanceTests {
    @Test("valid documents are accepted", arguments: [
        "key= \"x\"", "a=1", "\"a\".'b' = 1", "'' = 1",
        "a = \"\"\"\"\"\"", "a = '''''''", "a = \"\"\"\\\"\"\"\"", "a = \"\"\"\n\\\n\"\"\"",
        "a = 3e01", "a = -0e-0", "a = 0xffff_ffff", "a = 0000-01-01",
        "a = [\n\n]", "a = [1,]", "a = {a.b=1,a.c=2}", "\ta = 1\n  [b]  \n\t c = 2 ",
        "[\"a.b\"]\n[a.b]", "[ a . b ]\n[ a ]", "[a]\nb.c = 1\n[a.b.d]",
        "[[a]]\n[a.b]\n[[a]]\n[a.b]", "a = 1 # c\r\nb = 2\r\n",
    ])
    func accepts(_ text: String) {
        #expect(parseError(text) == nil)
    }

    @Test("invalid documents are rejected", arguments: [
        "a = ++99", "a = 0X1", "a = 0o778", "a = 1.2_e2", "a = 1._2", "a = 1e2_", "a = 0.1.2",
        "a = infinity", "a = -.5", "a = 2006-01-30T", "a = 1979-05-27T07:32:00.Z",
        "a = 1979-05-27T07:32:00-7:00", "a = 1979-05-27T07:32:00Z+07:00", "a = 2100-02-29",
        "s = \"\\x41\"", "s = \"\\e\"", "s = \"\\uDCFF\"", "s = '''a''''''", "s = \"\"\" \\  \"\"\"",
        "[a.]", "[.a]", "a..b = 1", "[ [a]]", "[[]]", "a = 1 = 2",
        "[fruit]\napple.taste.sweet = true\n[fruit.apple.taste]",
        "a = [{ b = 1 }]\n[a.c]",
        "t = { f = { a.c = 1 }, f.a.t = { s = true } }",
        "[a.b.c.d]\n[a]\nb.c.d.k.t = 1",
        "[a.b.c]\n[a]\nb.c = 1",
        "[a]\n[a.b]\nc = 1\n[a.b]",
    ])
    func rejects(_ text: String) {
        #expect(parseError(text) != nil)
    }
}

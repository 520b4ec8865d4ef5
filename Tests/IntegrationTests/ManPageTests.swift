import Foundation
import Testing

@Suite("The man pages as man shows them")
struct ManPageTests {
    /// `deploy/man/NAME` rendered by groff as `man` does, escape sequences removed and blanks collapsed.
    static func rendered(_ name: String) throws -> String {
        let page = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../deploy/man/\(name)").standardized
        let result = try run(URL(filePath: "/usr/bin/groff"), ["-k", "-man", "-Tutf8", "-P-cbou", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(
        "no page shows a doubled quote, and dutyd.toml(5) shows the command example as TOML",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")))
    func quoting() throws {
        for page in ["dutyd.8", "dutyctl.1", "dutyd.toml.5"] {
            #expect(!(try Self.rendered(page)).contains("\"\""), "\(page)")
        }
        let toml = try Self.rendered("dutyd.toml.5")
        #expect(toml.contains(#"command = ["/path/to/program", "arg", ...] is run without a shell"#))
        #expect(toml.contains("email (an address with @; an email channel needs it)"))
    }
}

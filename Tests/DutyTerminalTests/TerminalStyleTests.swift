import DutyTerminal
import Testing

@Suite("Terminal style")
struct TerminalStyleTests {
    @Test("colour only on a terminal, without NO_COLOR, and not for TERM=dumb", arguments: [
        (true, [:], true),
        (true, ["TERM": "xterm-256color"], true),
        (true, ["NO_COLOR": ""], true),
        (false, ["TERM": "xterm-256color"], false),
        (true, ["NO_COLOR": "1", "TERM": "xterm-256color"], false),
        (true, ["TERM": "dumb"], false),
    ] as [(Bool, [String: String], Bool)])
    func decision(isTerminal: Bool, environment: [String: String], enabled: Bool) {
        #expect(TerminalStyle(isTerminal: isTerminal, environment: environment).isEnabled == enabled)
    }

    @Test("enabled, text is wrapped in SGR codes and a reset")
    func codes() {
        let style = TerminalStyle(isEnabled: true)
        #expect(style.apply(.red, to: "triggered") == "\u{1B}[31mtriggered\u{1B}[0m")
        #expect(style.apply(.orange, to: "high") == "\u{1B}[38;5;208mhigh\u{1B}[0m")
        #expect(style.apply(.yellow, to: "acknowledged") == "\u{1B}[33macknowledged\u{1B}[0m")
        #expect(style.apply(.blue, to: "low") == "\u{1B}[34mlow\u{1B}[0m")
        #expect(style.apply(.bold, to: "ID") == "\u{1B}[1mID\u{1B}[0m")
        #expect(style.apply(.dim, to: "resolved") == "\u{1B}[2mresolved\u{1B}[0m")
    }

    @Test("disabled, text passes through unchanged")
    func plain() {
        #expect(TerminalStyle(isEnabled: false).apply(.red, to: "triggered") == "triggered")
    }
}

@testable import DutyShell
import Foundation
import Testing

@Suite("The SMS gateway's reply secret")
struct ReplySecretTests {
    @Test("only the secret itself matches; a short secret, or one that is not there, stops the start with the reason")
    func secret() throws {
        let directory = URL(filePath: NSTemporaryDirectory()).appending(path: "dutyd-reply-secret-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "0123456789abcdef0123\n".write(to: directory.appending(path: "good"), atomically: true, encoding: .utf8)
        try "short\n".write(to: directory.appending(path: "short"), atomically: true, encoding: .utf8)
        let secrets = SecretStore(credentialsDirectory: directory.path, configDirectory: "/nonexistent")

        let secret = try ReplySecret.load("good", from: secrets)
        #expect(secret.matches("0123456789abcdef0123"))
        #expect(!secret.matches("0123456789abcdef012") && !secret.matches("") && !secret.matches("0123456789abcdef0123\n"))
        #expect(throws: WebStartError.self) { try ReplySecret.load("short", from: secrets) }
        do {
            _ = try ReplySecret.load("./missing", from: secrets)
            Issue.record("a missing secret file was accepted")
        } catch {
            #expect(error.description == "[web] reply_secret: cannot read secret \"./missing\" from /nonexistent/./missing")
        }
    }
}

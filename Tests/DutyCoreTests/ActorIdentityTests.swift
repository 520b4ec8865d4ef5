import DutyCore
import Foundation
import Testing

@Suite("Actors: who acted and how, recorded and read back")
struct ActorIdentityTests {
    static let wuting = ActorPerson(id: "ls-wu", name: "吴婷")

    @Test("every form reads back to itself, and legacy user names read as accounts acting through dutyctl")
    func roundTrip() {
        let actors: [ActorIdentity] = [
            .daemon, .account("root"), .clerk("root", for: Self.wuting), .link(Self.wuting), .link(Self.wuting, address: "10.8.0.7"), .sms(Self.wuting),
        ]
        #expect(actors.map(\.description) == [
            "dutyd", "root", "root for 吴婷 <ls-wu>", "吴婷 <ls-wu> via link", "吴婷 <ls-wu> via link from 10.8.0.7", "吴婷 <ls-wu> via sms",
        ])
        for actor in actors { #expect(ActorIdentity(recorded: actor.description) == actor) }
        for legacy in ["anquanke", "uid:1001", "a for b", "x <y> via fax", "SIGHUP"] {
            let read = ActorIdentity(recorded: legacy)
            #expect(read.description == legacy && read.via == (legacy == "dutyd" ? .daemon : .dutyctl) && read.person == nil)
        }
    }

    @Test("the journal fields name the person, the account, the channel and the address")
    func journalFields() {
        #expect(ActorIdentity.clerk("root", for: Self.wuting).journalFields == [
            "actor": "root for 吴婷 <ls-wu>", "actor_via": "dutyctl", "actor_person": "ls-wu", "actor_name": "吴婷", "actor_account": "root",
        ])
        #expect(ActorIdentity.link(Self.wuting, address: "10.8.0.7").journalFields["actor_address"] == "10.8.0.7")
    }

    @Test("the verifier is not the rectifier compares people: a clerk for 吴婷 and 吴婷's link are one person, two clerks for two people are not")
    func separationComparesPeople() throws {
        typealias At = SimulationClock
        let configuration = try At.exampleConfiguration()
        var book = HazardBook(settings: configuration.hazards)
        _ = book.apply(try LedgerFixtures.plan(try LedgerFixtures.exampleText(), book: book, configuration: configuration).get(), actor: "anquanke", now: At.at(9, 15, 9))
        let helong = ActorPerson(id: "he", name: "何龙")
        _ = try book.reportRectified(id: "ls-ez-4", note: nil, actor: .clerk("root", for: Self.wuting), now: At.at(9, 16, 9))
        #expect(throws: HazardCommandError.selfVerification("ls-ez-4", actor: .clerk("root", for: Self.wuting))) {
            try book.verify(id: "ls-ez-4", note: nil, actor: .link(Self.wuting), now: At.at(9, 17, 9))
        }
        _ = try book.verify(id: "ls-ez-4", note: nil, actor: .clerk("root", for: helong), now: At.at(9, 17, 9))
        #expect(book.hazards["ls-ez-4"]?.status == .closed && book.hazards["ls-ez-4"]?.closedBy?.person == helong)
    }
}

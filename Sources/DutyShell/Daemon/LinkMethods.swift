import DutyCore
import DutyPhrases
import DutyProtocol
import Foundation

/// `io.dutyd.IssueLink`, `Links` and `RevokeLinks`: the personal links a clerk hands out and takes back.
enum LinkMethods {
    /// Issues a link to an item that exists, stores its hash and answers its address, once.
    static func issue(_ request: IssueLinkRequest, _ daemon: isolated Daemon) -> Result<IssueLinkReply, VarlinkError> {
        guard request.idempotencyKey == nil else { return .failure(.invalidValue("idempotency_key", phrase: Phrase("links.idempotency"))) }
        let configuration = daemon.loaded.configuration
        guard let web = configuration.web else { return .failure(.invalidValue("kind", phrase: Phrase("links.noWeb"))) }
        var person: String?
        if let key = request.person, !key.isEmpty {
            let matches = configuration.people(matching: key)
            guard matches.count == 1 else { return .failure(.invalidValue("person", phrase: Phrase("value.noSuchPerson", key))) }
            person = matches[0].id
        }
        let subject: LinkSubject
        switch item(request, person: person, daemon) {
        case .failure(let error): return .failure(error)
        case .success(let found): subject = found
        }
        let now = daemon.clock.wall()
        let token = LinkToken.mint()
        let link = StoredLink(
            hash: LinkToken.hash(token), person: person, subject: subject, createdAt: now,
            expiresAt: LinkExpiry.fixed(subject, issuedAt: now, configuration: configuration, grace: web.linkGrace))
        do {
            try daemon.store.saveLink(link)
        } catch {
            return .failure(storageError(error, daemon))
        }
        daemon.logger.journal(
            .linkIssued, .notice, "link \(link.hashPrefix)… issued for \(person ?? "no person (read-only)") to \(subject.kind) \(subject.id)",
            fields: link.journalFields)
        return .success(IssueLinkReply(url: web.publicURL + "/a/" + token, link: info(link, daemon)))
    }

    /// The links, or those of one person.
    static func list(_ request: LinksRequest, _ daemon: isolated Daemon) -> Result<LinksReply, VarlinkError> {
        do {
            let person = request.person.map { key in daemon.loaded.configuration.people(matching: key).first?.id ?? key }
            return .success(LinksReply(links: try daemon.store.links(person: person).map { info($0, daemon) }))
        } catch {
            return .failure(storageError(error, daemon))
        }
    }

    /// Revokes every link of a person, or the one link the target names (the link itself or a hash prefix).
    static func revoke(_ request: RevokeLinksRequest, _ daemon: isolated Daemon) -> Result<LinksReply, VarlinkError> {
        let target = request.target.trimmingCharacters(in: .whitespaces)
        let now = daemon.clock.wall()
        do {
            let people = daemon.loaded.configuration.people(matching: target)
            var links: [StoredLink]
            if people.count == 1 {
                links = try daemon.store.links(person: people[0].id)
            } else if LinkToken.isWellFormed(target) {
                links = try daemon.store.link(hash: LinkToken.hash(target)).map { [$0] } ?? []
            } else if target.count >= 8, target.allSatisfy(\.isHexDigit) {
                links = try daemon.store.links(hashPrefix: target.lowercased())
                if links.count > 1 { return .failure(.invalidValue("target", phrase: Phrase("links.ambiguous", String(links.count), target))) }
            } else {
                links = []
            }
            guard !links.isEmpty else { return .failure(.invalidValue("target", phrase: Phrase("links.noMatch", target))) }
            let fresh = links.filter { $0.revokedAt == nil }
            try daemon.store.revokeLinks(fresh.map(\.hash), at: now)
            for link in fresh {
                daemon.logger.journal(
                    .linkRevoked, .notice, "link \(link.hashPrefix)… of \(link.person ?? "no person") to \(link.subject.kind) \(link.subject.id) revoked",
                    fields: link.journalFields)
            }
            links = links.map { link in
                var revoked = link
                revoked.revokedAt = revoked.revokedAt ?? now
                return revoked
            }
            return .success(LinksReply(links: links.map { info($0, daemon) }))
        } catch {
            return .failure(storageError(error, daemon))
        }
    }

    /// The item `request` names, if it exists and `person` (nil: a read-only link) may have a link to it.
    private static func item(_ request: IssueLinkRequest, person: String?, _ daemon: isolated Daemon) -> Result<LinkSubject, VarlinkError> {
        let state = daemon.state
        let id = request.subject
        switch request.kind {
        case "alert":
            guard let number = Int64(id), state.alerts.alerts[number] != nil else { return .failure(.alertNotFound(Int64(id) ?? 0)) }
            return .success(.alert(number))
        case "shift":
            guard state.configuration.roster[id] != nil else { return .failure(.invalidValue("subject", phrase: Phrase("links.noShift", id))) }
            return .success(.shift(id))
        case "hazard":
            guard state.hazards.hazards[id] != nil else { return .failure(.hazardNotFound(id)) }
            return .success(.hazard(id))
        case "board":
            guard state.configuration.tree[id] != nil else { return .failure(.unknownUnit(id)) }
            return .success(.board(id))
        case "daily":
            return daily(id, person: person, daemon)
        default:
            return .failure(.invalidValue("kind", phrase: Phrase("links.kind", request.kind)))
        }
    }

    /// A daily report's link: to a unit that exists, for a person of the unit or a unit above it,
    /// while a holiday period is on or ahead (its end bounds the link).
    private static func daily(_ unit: String, person: String?, _ daemon: isolated Daemon) -> Result<LinkSubject, VarlinkError> {
        let configuration = daemon.loaded.configuration
        guard let target = configuration.tree[unit] else { return .failure(.unknownUnit(unit)) }
        if let person = person.flatMap({ configuration.person($0) }), !configuration.tree.isWithin(unit, ancestor: person.unit) {
            let home = configuration.tree[person.unit]?.name ?? person.unit
            let named = ["\(person.name) (\(person.id))", "\(home) (\(person.unit))", "\(target.name) (\(unit))"]
            return .failure(.invalidValue("person", phrase: Phrase(code: "links.notOfUnit", arguments: named)))
        }
        guard LinkExpiry.holidayEnd(after: daemon.clock.wall(), configuration: configuration) != nil else {
            return .failure(.invalidValue("subject", phrase: Phrase("links.noHoliday", unit)))
        }
        return .success(.daily(unit))
    }

    /// How `link` is listed, its expiry as the books have it now.
    private static func info(_ link: StoredLink, _ daemon: isolated Daemon) -> LinkInfo {
        let clock = daemon.loaded.clock
        let grace = daemon.loaded.configuration.web?.linkGrace ?? WebSettings.defaultLinkGrace
        return LinkInfo(
            hash: link.hashPrefix, person: link.person, personName: link.person.flatMap { daemon.loaded.configuration.person($0)?.name },
            kind: link.subject.kind, subject: link.subject.id, createdAt: clock.iso8601(link.createdAt),
            expiresAt: LinkExpiry.expiry(of: link, in: daemon.state, grace: grace).map(clock.iso8601), revokedAt: link.revokedAt.map(clock.iso8601),
            uses: link.uses, lastUsedAt: link.lastUsedAt.map(clock.iso8601))
    }

    /// The Varlink error of a failed read or write of the link store.
    private static func storageError(_ error: any Error, _ daemon: isolated Daemon) -> VarlinkError {
        if let unavailable = StorageUnavailable(error) { return .storageUnavailable(cause: unavailable.cause, database: daemon.store.path) }
        return .storageFailed("the personal links", cause: error)
    }
}

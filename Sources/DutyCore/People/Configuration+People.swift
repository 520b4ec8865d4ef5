extension Configuration {
    /// The configuration with the people of a people list added after those of dutyd.toml, each also holding
    /// the contact roles the list gives them at their unit.
    public func adding(_ entries: [PeopleReader.Entry]) -> Configuration {
        var units = tree.units
        let positions = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            guard let position = positions[entry.person.unit] else { continue }
            for role in entry.roles where !(units[position].contacts[role] ?? []).contains(entry.person.id) {
                units[position].contacts[role, default: []].append(entry.person.id)
            }
        }
        var added = Configuration(
            daemon: daemon, data: data, tree: OrgTree(units: units), people: people + entries.map(\.person), channels: channels,
            policies: policies, duty: duty, calendar: calendar, roster: roster, hazards: hazards)
        added.personPlaces = personPlaces.merging(entries.map { ($0.person.id, $0.place) }) { first, _ in first }
        return added
    }
}

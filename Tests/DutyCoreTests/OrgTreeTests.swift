import DutyCore
import Testing

@Suite("Organisation tree")
struct OrgTreeTests {
    let tree = OrgTree(units: [
        OrgUnit(id: "sd", name: "山东省教育厅", kind: .province, parent: nil),
        OrgUnit(id: "rz", name: "日照市教育局", kind: .city, parent: "sd"),
        OrgUnit(id: "dg", name: "东港区教育和体育局", kind: .county, parent: "rz"),
        OrgUnit(id: "sy", name: "东港区实验小学", kind: .school, parent: "dg"),
    ])

    @Test("ancestors are found step by step and end at the root")
    func ancestors() {
        #expect(tree.ancestor(of: "sy", steps: 0)?.id == "sy")
        #expect(tree.ancestor(of: "sy", steps: 2)?.id == "rz")
        #expect(tree.ancestor(of: "sy", steps: 3)?.id == "sd")
        #expect(tree.ancestor(of: "sy", steps: 4) == nil)
        #expect(tree.path(toRootFrom: "dg").map(\.id) == ["dg", "rz", "sd"])
    }

    @Test("a unit lies within each of its ancestors and not within its descendants")
    func within() {
        #expect(tree.isWithin("sy", ancestor: "rz"))
        #expect(tree.isWithin("sy", ancestor: "sy"))
        #expect(!tree.isWithin("rz", ancestor: "sy"))
    }

    @Test("an argument names a unit by id, else by name ignoring spaces, else suggests close names")
    func matching() {
        #expect(tree.units(matching: "dg").map(\.id) == ["dg"])
        #expect(tree.units(matching: "东港区 实验小学").map(\.id) == ["sy"])
        #expect(tree.units(matching: "东港区").map(\.id) == ["dg", "sy"])
        #expect(tree.units(matching: "实验小学", limit: 1).map(\.id) == ["sy"])
        #expect(tree.units(matching: "青岛市").isEmpty)
        #expect(tree.depth(of: "sy") == 3 && tree.depth(of: "sd") == 0)
    }
}

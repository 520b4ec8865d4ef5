import DutyTOML
import Testing

@Suite("Numbers and booleans")
struct NumberTests {
    @Test("integers in every notation", arguments: [
        ("+99", 99), ("42", 42), ("0", 0), ("-17", -17), ("+0", 0), ("-0", 0),
        ("1_000", 1000), ("5_349_221", 5_349_221), ("1_2_3_4_5", 12345),
        ("0xDEADBEEF", 0xDEADBEEF), ("0xdead_beef", 0xDEADBEEF), ("0x00ff", 255),
        ("0o01234567", 0o1234567), ("0o755", 0o755), ("0b11010110", 0b11010110), ("0b0_1", 1),
        ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
        ("0x7FFFFFFFFFFFFFFF", Int64.max),
    ] as [(String, Int64)])
    func integers(text: String, expected: Int64) throws {
        let table = try TOMLParser.parse("n = \(text)")
        #expect(table.node("n")?.value == .integer(expected))
    }

    @Test("floats with fractions and exponents", arguments: [
        ("+1.0", 1.0), ("3.1415", 3.1415), ("-0.01", -0.01), ("5e+22", 5e22), ("1e06", 1e6),
        ("-2E-2", -0.02), ("6.626e-34", 6.626e-34), ("224_617.445_991_228", 224_617.445_991_228),
        ("0e0", 0), ("0.0", 0), ("1e1_0", 1e10), ("1.5E3", 1500),
    ] as [(String, Double)])
    func floats(text: String, expected: Double) throws {
        let table = try TOMLParser.parse("x = \(text)")
        #expect(table.node("x")?.value == .float(expected))
    }

    @Test("special floats")
    func specialFloats() throws {
        let table = try TOMLParser.parse("a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan\ng = -0.0")
        #expect(table.node("a")?.value == .float(.infinity))
        #expect(table.node("b")?.value == .float(.infinity))
        #expect(table.node("c")?.value == .float(-.infinity))
        for key in ["d", "e", "f"] {
            #expect(table.node(key)?.value.floatValue?.isNaN == true)
        }
        #expect(table.node("g")?.value.floatValue?.sign == .minus)
    }

    @Test("booleans")
    func booleans() throws {
        let table = try TOMLParser.parse("yes = true\nno = false")
        #expect(table.node("yes")?.value == .boolean(true))
        #expect(table.node("no")?.value == .boolean(false))
    }
}

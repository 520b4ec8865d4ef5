import DutyProtocol
import Foundation
import GRDB

// Measures the control socket and durable writes against their floors, on a release-built dutyd
// running the example configuration with state on disk:
//   swift build -c release && .build/release/control-benchmark [.build/release/dutyd] [config]

let arguments = Array(CommandLine.arguments.dropFirst())
let dutyd = arguments.first ?? URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "dutyd").path
let configDirectory = arguments.dropFirst().first ?? "config"
// Notifications go to the journal only, so that no SMS stand-in process runs per alert.
let daemon = try DaemonProcess(dutyd: dutyd, configDirectory: configDirectory) {
    $0.replacingOccurrences(of: "channels = [\"sms\"]", with: "channels = [\"journal\"]")
}
defer { daemon.stop() }

// Status round trips over one connection, next to a ping-pong server with the same reply size.
let status = VarlinkSocket.message(DutydInterface.status)
let connection = VarlinkSocket(path: daemon.socket)
let replySize = connection.call(status).count
func roundTrips(_ socket: VarlinkSocket, _ message: [UInt8]) -> Samples {
    for _ in 0..<1_000 { socket.call(message) }
    var samples = Samples()
    for _ in 0..<20_000 { samples.time { socket.call(message) } }
    return samples
}
let statusTimes = roundTrips(connection, status)
let floorServer = PingPongServer(path: daemon.directory + "/ping", replySize: replySize)
let floorTimes = roundTrips(VarlinkSocket(path: floorServer.path), status)

// Durable writes: incidents reported, then acknowledged by one client and by 16 at once.
let single = 2_000
let clients = 16
let perClient = 250
let schools = ["dg-sy", "dg-sz", "dg-yey", "ls-zx", "ls-ez", "ls-hf", "rz-yz"]
let reportSeconds = seconds {
    for number in 1...(single + clients * perClient) {
        connection.call(VarlinkSocket.message(DutydInterface.report, "{\"unit\":\"\(schools[number % schools.count])\",\"summary\":\"演练 \(number)\"}"))
    }
}
nonisolated func acknowledge(_ ids: ClosedRange<Int>, on socket: VarlinkSocket) {
    for id in ids { socket.call(VarlinkSocket.message(DutydInterface.acknowledge, "{\"id\":\(id)}")) }
}
let oneClientSeconds = seconds { acknowledge(1...single, on: connection) }
let sockets = (0..<clients).map { _ in VarlinkSocket(path: daemon.socket) }
let manyClientsSeconds = seconds { [sockets] in
    DispatchQueue.concurrentPerform(iterations: clients) { client in
        let first = single + client * perClient + 1
        acknowledge(first...(first + perClient - 1), on: sockets[client])
    }
}

// SQLite's floor: one-row transactions with the daemon's settings (WAL, synchronous=FULL), same disk.
var sqliteConfiguration = Configuration()
sqliteConfiguration.prepareDatabase { try $0.execute(sql: "PRAGMA synchronous = FULL") }
let floorDatabase = try DatabaseQueue(path: daemon.directory + "/floor.sqlite", configuration: sqliteConfiguration)
try floorDatabase.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL; CREATE TABLE commits (id INTEGER PRIMARY KEY, at INTEGER)") }
let commitSeconds = seconds {
    for number in 1...single { try! floorDatabase.write { try $0.execute(sql: "INSERT INTO commits (at) VALUES (?)", arguments: [number]) } }
}

let reports = Double(single + clients * perClient)
print("| measurement | dutyd | floor | ratio |")
print("| --- | ---: | ---: | ---: |")
print("| `Status` round trip, one connection, p50 | \(format(statusTimes.percentile(0.5))) µs | \(format(floorTimes.percentile(0.5))) µs | \(format(statusTimes.percentile(0.5) / floorTimes.percentile(0.5), 2))× |")
print("| `Status` round trip, one connection, p99 | \(format(statusTimes.percentile(0.99))) µs | \(format(floorTimes.percentile(0.99))) µs | \(format(statusTimes.percentile(0.99) / floorTimes.percentile(0.99), 2))× |")
print("| durable `Report`s per second, one client | \(format(reports / reportSeconds, 0)) | \(format(Double(single) / commitSeconds, 0)) commits/s | \(format(reports / reportSeconds / (Double(single) / commitSeconds), 2))× |")
print("| durable acknowledgements per second, one client | \(format(Double(single) / oneClientSeconds, 0)) | \(format(Double(single) / commitSeconds, 0)) commits/s | \(format(Double(single) / oneClientSeconds / (Double(single) / commitSeconds), 2))× |")
print("| durable acknowledgements per second, 16 clients | \(format(Double(clients * perClient) / manyClientsSeconds, 0)) | \(format(Double(single) / commitSeconds, 0)) commits/s | \(format(Double(clients * perClient) / manyClientsSeconds / (Double(single) / commitSeconds), 2))× |")
print("| dutyd resident memory afterwards (\(Int(reports)) alerts) | \(format(daemon.residentMiB)) MiB | | |")

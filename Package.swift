// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "dutyd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dutyd", targets: ["dutyd"]),
        .executable(name: "dutyctl", targets: ["dutyctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(name: "DutyTOML"),
        .target(name: "DutyPhrases"),
        .target(
            name: "DutyCore",
            dependencies: [
                "DutyTOML", "DutyPhrases", .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "HashTreeCollections", package: "swift-collections"), .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        .target(name: "DutyProtocol", dependencies: ["DutyPhrases"], resources: [.embedInCode("io.dutyd.varlink")]),
        .target(name: "DutyTerminal"),
        .target(
            name: "DutyShell",
            dependencies: [
                "CSystemd", "DutyCore", "DutyProtocol",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "dutyd",
            dependencies: [
                "DutyShell", "DutyCore", "DutyPhrases", "DutyTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "dutyctl",
            dependencies: [
                "DutyProtocol", "DutyTerminal", "DutyPhrases",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "engine-benchmark", dependencies: ["DutyCore"], path: "bench/EngineBenchmark"),
        .executableTarget(
            name: "control-benchmark",
            dependencies: ["DutyProtocol", .product(name: "GRDB", package: "GRDB.swift")],
            path: "bench/ControlBenchmark"
        ),
        .testTarget(name: "DutyTOMLTests", dependencies: ["DutyTOML"]),
        .testTarget(
            name: "DutyCoreTests",
            dependencies: ["DutyCore", "DutyTOML", "DutyPhrases", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "DutyProtocolTests", dependencies: ["DutyProtocol"]),
        .testTarget(name: "DutyTerminalTests", dependencies: ["DutyTerminal"]),
        .testTarget(
            name: "DutyShellTests",
            dependencies: [
                "DutyShell", "DutyCore", .product(name: "Crypto", package: "swift-crypto"), .product(name: "Hummingbird", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "DutyProtocol", "DutyCore", "DutyShell", "DutyTerminal", "dutyd", "dutyctl", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["Scripts"]
        ),
    ]
)

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
    ],
    targets: [
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(name: "DutyTOML"),
        .target(name: "DutyCore", dependencies: ["DutyTOML"]),
        .target(name: "DutyProtocol", exclude: ["io.dutyd.varlink"]),
        .target(
            name: "DutyShell",
            dependencies: [
                "CSystemd", "DutyCore", "DutyProtocol",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "dutyd",
            dependencies: [
                "DutyShell", "DutyCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "dutyctl",
            dependencies: [
                "DutyProtocol",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DutyTOMLTests", dependencies: ["DutyTOML"]),
        .testTarget(name: "DutyCoreTests", dependencies: ["DutyCore", "DutyTOML"]),
        .testTarget(name: "DutyProtocolTests", dependencies: ["DutyProtocol"]),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["DutyProtocol", "dutyd", "dutyctl"]
        ),
    ]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ikplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ikplan", targets: ["ikplan"]),
        .library(name: "IKEngine", targets: ["IKEngine"]),
        .library(name: "IKDocuments", targets: ["IKDocuments"]),
        .library(name: "IKPDF", targets: ["IKPDF"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Population files of the stickprov draw (CSV) and their SHA-256, printed for auditors.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
    ],
    targets: [
        // C libraries, from Debian's -dev packages (see scripts/ensure-deps.sh).
        .systemLibrary(name: "CGraphics", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-sv"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The plan model: plain values, no I/O.
        .target(name: "IKModel"),
        // Reading a plan folder (YAML + Markdown) into the model, with diagnostics.
        .target(name: "IKInput", dependencies: ["IKModel", "CCmark", .product(name: "Yams", package: "Yams"),
                                              .product(name: "SwiftCSV", package: "SwiftCSV"),
                                              .product(name: "Crypto", package: "swift-crypto")]),
        // The layout engine: boxes, text, tables, pages; and the PDF writer. Knows nothing of risks.
        .target(name: "IKEngine", dependencies: ["CGraphics", "CHyphen", "CRsvg"]),
        // Thin mappings from the model onto the engine, and the declarative layout files.
        .target(name: "IKDocuments", dependencies: ["IKModel", "IKInput", "IKEngine", "IKPDF", .product(name: "Yams", package: "Yams")],
                exclude: ["Figures/README.md"]),
        // The PDF object layer: parse, incremental update, full rewrite, signature placeholders. Knows
        // nothing of plans or Cairo (see Sources/IKPDF/README.md).
        .target(name: "IKPDF", dependencies: ["CZlib"], exclude: ["README.md"]),
        // Synthetic plans of any size: `ikplan synth` (benchmarks) and the large-document tests.
        .target(name: "IKSynthetic"),
        // Archive-grade output as post-processing steps on IKPDF: PDF/A-2 (and PDF/UA beside it).
        .target(name: "IKArchive", dependencies: ["IKPDF", "IKEngine", "IKForms", .product(name: "Crypto", package: "swift-crypto")],
                exclude: ["ICC"]),
        // Interactive form fields (signature fields on the signatories' lines) as a post-processing step on IKPDF.
        .target(name: "IKForms", dependencies: ["IKPDF", "IKEngine"]),
        // PAdES signatures: CMS SignedData (CAdES detached), RFC 3161 timestamps, verification.
        .target(name: "IKSign", dependencies: [
            "IKPDF",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "X509", package: "swift-certificates"),
            .product(name: "SwiftASN1", package: "swift-asn1"),
        ], exclude: ["README.md"]),
        .executableTarget(name: "ikplan", dependencies: [
            "IKArchive", "IKForms", "IKModel", "IKInput", "IKEngine", "IKDocuments", "IKSynthetic", "IKSign",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Shared by the test targets: reading PDFs back with poppler and qpdf, comparing page images.
        .target(name: "IKTestSupport", path: "Tests/IKTestSupport"),
        .testTarget(name: "IKModelTests", dependencies: ["IKModel"]),
        .testTarget(name: "IKInputTests", dependencies: ["IKInput", "IKModel", "IKTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "IKSignTests", dependencies: ["IKSign", "IKPDF", "IKTestSupport"]),
        .testTarget(name: "IKEngineTests", dependencies: ["IKEngine", "IKTestSupport"]),
        .testTarget(name: "IKArchiveTests", dependencies: ["IKArchive", "IKForms", "IKPDF", "IKEngine", "IKDocuments", "IKInput", "IKModel", "IKTestSupport"]),
        .testTarget(name: "IKPDFTests", dependencies: ["IKPDF", "IKTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "IKDocumentsTests", dependencies: ["IKDocuments", "IKInput", "IKModel", "IKEngine", "IKPDF", "IKSynthetic", "IKTestSupport"]),
    ]
)

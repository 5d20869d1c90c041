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
        .target(name: "IKInput", dependencies: ["IKModel", "CCmark", .product(name: "Yams", package: "Yams")]),
        // The layout engine: boxes, text, tables, pages; and the PDF writer. Knows nothing of risks.
        .target(name: "IKEngine", dependencies: ["CGraphics", "CHyphen", "CRsvg"]),
        // Thin mappings from the model onto the engine, and the declarative layout files.
        .target(name: "IKDocuments", dependencies: ["IKModel", "IKInput", "IKEngine", .product(name: "Yams", package: "Yams")],
                exclude: ["Figures/README.md"]),
        // The PDF object layer: parse, incremental update, full rewrite, signature placeholders. Knows
        // nothing of plans or Cairo (see Sources/IKPDF/README.md).
        .target(name: "IKPDF", dependencies: ["CZlib"], exclude: ["README.md"]),
        // Archive-grade output as post-processing steps on IKPDF: PDF/A-2 (and PDF/UA beside it).
        .target(name: "IKArchive", dependencies: ["IKPDF", "IKEngine"], exclude: ["ICC"]),
        .executableTarget(name: "ikplan", dependencies: [
            "IKArchive", "IKModel", "IKInput", "IKEngine", "IKDocuments",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Shared by the test targets: reading PDFs back with poppler and qpdf, comparing page images.
        .target(name: "IKTestSupport", path: "Tests/IKTestSupport"),
        .testTarget(name: "IKModelTests", dependencies: ["IKModel"]),
        .testTarget(name: "IKInputTests", dependencies: ["IKInput", "IKModel", "IKTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "IKEngineTests", dependencies: ["IKEngine", "IKTestSupport"]),
        .testTarget(name: "IKArchiveTests", dependencies: ["IKArchive", "IKPDF", "IKEngine", "IKDocuments", "IKInput", "IKModel", "IKTestSupport"]),
        .testTarget(name: "IKPDFTests", dependencies: ["IKPDF", "IKTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "IKDocumentsTests", dependencies: ["IKDocuments", "IKInput", "IKModel", "IKEngine", "IKTestSupport"]),
    ]
)

import Foundation
import XCTest
@testable import IKPDF

/// Broken and hostile files: a clear error, never a crash, a hang or an allocation the data cannot back.
final class PDFHostileInputTests: XCTestCase {
    /// A minimal file around `body` objects, with a correct classic xref table unless told otherwise.
    private func file(_ objects: [String], trailerExtra: String = "", prevOverride: Int? = nil) -> [UInt8] {
        var out = Array("%PDF-1.7\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8)
        }
        let xrefAt = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { table += String(format: "%010d 00000 n \n", o) }
        let prev = prevOverride.map { " /Prev \($0)" } ?? ""
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(prev)\(trailerExtra) >>\nstartxref\n\(xrefAt)\n%%EOF\n"
        return out + Array(table.utf8)
    }

    private let minimal = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"]

    func testMinimalFileReads() throws {
        let doc = try PDFDocument(bytes: file(minimal))
        XCTAssertEqual(try doc.pages().count, 1)
    }

    func testNotAPDF() {
        XCTAssertThrowsError(try PDFDocument(bytes: Array("hello".utf8))) { XCTAssertEqual($0 as? PDFError, .notPDF) }
        XCTAssertThrowsError(try PDFDocument(bytes: []))
    }

    func testPrevCycleIsRefused() throws {
        let f = file(minimal)
        let doc = try PDFDocument(bytes: f)
        // /Prev pointing at the section itself.
        let looped = file(minimal, prevOverride: doc.startxref)
        XCTAssertThrowsError(try PDFDocument(bytes: looped)) { error in
            XCTAssertTrue("\(error)".contains("loops"), "\(error)")
        }
        // /Prev beyond the file.
        XCTAssertThrowsError(try PDFDocument(bytes: file(minimal, prevOverride: 1 << 40)))
    }

    func testDeepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let f = file(["<< /Type /Catalog /Pages 2 0 R /X \(deep) >>"] + minimal.dropFirst())
        do {
            let doc = try PDFDocument(bytes: f)
            XCTAssertThrowsError(try doc.catalog()) { XCTAssertTrue("\($0)".contains("nested"), "\($0)") }
        } catch {
            XCTFail("opening need not read the catalog: \(error)")
        }
    }

    func testClaimedSizesBeyondTheDataAllocateNothing() throws {
        // An xref subsection that claims a billion entries.
        var f = Array("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)
        let at = f.count
        f += Array("xref\n0 1000000000\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Size 2 >>\nstartxref\n\(at)\n%%EOF\n".utf8)
        XCTAssertThrowsError(try PDFDocument(bytes: f)) { XCTAssertTrue("\($0)".contains("more than the file can hold"), "\($0)") }

        // A stream whose /Length claims far more than the file: the data ends at endstream instead.
        let g = file(minimal + ["<< /Length 999999999999 >>\nstream\nabc\nendstream"])
        let doc = try PDFDocument(bytes: g)
        XCTAssertEqual(try doc.object(PDFReference(4)).streamValue?.data, Array("abc".utf8))
        // A /Length that refers to itself.
        let h = file(minimal + ["<< /Length 4 0 R >>\nstream\nxyz\nendstream"])
        XCTAssertEqual(try PDFDocument(bytes: h).object(PDFReference(4)).streamValue?.data, Array("xyz".utf8))
    }

    func testFlateBombStopsAtTheLimit() throws {
        let zeros = [UInt8](repeating: 0, count: 4 << 20)
        let compressed = try Flate.compress(zeros)
        XCTAssertLessThan(compressed.count, 10_000)
        var limits = PDFLimits()
        limits.maxDecodedStreamBytes = 1 << 20
        let stream = PDFStream(dictionary: ["Filter": .name("FlateDecode")], data: compressed)
        XCTAssertThrowsError(try PDFFilters.decode(stream, limits: limits)) { XCTAssertTrue("\($0)".contains("limit"), "\($0)") }
        XCTAssertEqual(try PDFFilters.decode(stream), zeros)
    }

    func testReferenceCyclesAndPageTreeCyclesAreRefused() throws {
        let cyclic = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]
        XCTAssertThrowsError(try PDFDocument(bytes: file(cyclic)).pages()) { XCTAssertTrue("\($0)".contains("cycle"), "\($0)") }
        let chain = ["<< /Type /Catalog /Pages 2 0 R >>", "3 0 R", "2 0 R"]
        XCTAssertThrowsError(try PDFDocument(bytes: file(chain)).resolve(.reference(PDFReference(2)))) {
            XCTAssertTrue("\($0)".contains("limit"), "\($0)")
        }
    }

    func testEncryptedFilesAreRefusedClearly() {
        XCTAssertThrowsError(try PDFDocument(bytes: file(minimal, trailerExtra: " /Encrypt << /Filter /Standard >>"))) {
            XCTAssertEqual($0 as? PDFError, .encrypted)
        }
    }

    /// Truncations and flipped bytes of a real file: every outcome is a value or a PDFError.
    func testMangledRealFilesNeverCrash() throws {
        let original = try PDFFixture.bytes(PDFFixture.cairoMinutes)
        var rng = SplitMix(seed: 11)
        var opened = 0, refused = 0
        for round in 0..<150 {
            var bytes = original
            if round % 3 == 0 {
                bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
            } else {
                for _ in 0..<(1 + Int(rng.next() % 20)) {
                    let at = Int(rng.next() % UInt64(bytes.count))
                    bytes[at] = UInt8(truncatingIfNeeded: rng.next())
                }
            }
            do {
                let doc = try PDFDocument(bytes: bytes)
                opened += 1
                for n in doc.objectNumbers { _ = try? doc.object(PDFReference(n)) }
                _ = try? doc.pages()
                _ = try? doc.annotations()
                _ = try? PDFUpdate(doc).writeFull()
            } catch is PDFError {
                refused += 1
            }
        }
        XCTAssertGreaterThan(opened, 0)
        XCTAssertGreaterThan(refused, 0)
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

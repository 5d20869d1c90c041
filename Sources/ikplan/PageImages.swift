import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `render --png`: page images of a PDF with pdftoppm, always named with one width (`plan-01.png` …
/// `plan-15.png`, three digits from 100 pages), each tagged with a PNG text chunk `Software: ikplan`, so a
/// later run can tell its own images from anyone else's and remove those of pages that no longer exist.
enum PageImages {
    static let software = "ikplan"

    static func write(_ pdf: URL, quiet: Bool) throws {
        let folder = pdf.deletingLastPathComponent()
        let base = pdf.deletingPathExtension().lastPathComponent
        let scratch = folder.appendingPathComponent(".\(base).\(getpid()).png-partial", isDirectory: true)
        try? FileManager.default.removeItem(at: scratch)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pdftoppm", "-r", "60", "-png", pdf.path, scratch.appendingPathComponent("p").path]
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch {
            RenderCommand.stderr("ikplan: warning: cannot run pdftoppm (\(error)); no page images written")
            return
        }
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            RenderCommand.stderr(p.terminationStatus == 127
                ? "ikplan: warning: pdftoppm is missing (Debian: apt-get install poppler-utils); no page images written"
                : "ikplan: warning: pdftoppm failed (status \(p.terminationStatus)); no page images written")
            return
        }
        // pdftoppm pads to the page count's digits (p-1 for 9 pages, p-01 for 15): renumber by value.
        let made = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
            .compactMap { name -> (Int, String)? in pageNumber(name, prefix: "p").map { ($0, name) } }
            .sorted { $0.0 < $1.0 }
        let width = max(2, String(made.count).count)
        var written = Set<String>()
        for (n, name) in made {
            let target = "\(base)-\(String(repeating: "0", count: max(0, width - String(n).count)))\(n).png"
            let data = try Data(contentsOf: scratch.appendingPathComponent(name))
            let destination = folder.appendingPathComponent(target)
            if FileManager.default.fileExists(atPath: destination.path), !isOurs(destination) {
                RenderCommand.stderr("ikplan: warning: \(destination.path) is not a page image ikplan wrote; left as it is, not replaced")
                continue
            }
            try tagged(data).write(to: destination, options: .atomic)
            written.insert(target)
        }
        // Older images of this document: ours go, anyone else's stay (with a word).
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where pageNumber(name, prefix: base) != nil && !written.contains(name) {
            let url = folder.appendingPathComponent(name)
            if isOurs(url) { try? FileManager.default.removeItem(at: url) } else {
                RenderCommand.stderr("ikplan: warning: \(url.path) looks like a page image but ikplan did not write it; left as it is")
            }
        }
        if !quiet, let first = written.min(), let last = written.max() {
            let range = first == last ? first : "\(first) … \(last)"
            RenderCommand.stderr("wrote \(folder.path)/\(range): \(written.count) page \(written.count == 1 ? "image" : "images")")
        }
    }

    /// The page number of `prefix-N.png`, any number of digits.
    static func pageNumber(_ name: String, prefix: String) -> Int? {
        guard name.hasPrefix(prefix + "-"), name.hasSuffix(".png") else { return nil }
        let digits = name.dropFirst(prefix.count + 1).dropLast(4)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// The PNG with a `tEXt` chunk `Software\0ikplan` right after its header chunk.
    static func tagged(_ png: Data) -> Data {
        let bytes = [UInt8](png)
        guard bytes.count > 33, bytes.starts(with: signature) else { return png }
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        let body = Array("tEXt".utf8) + Array("Software".utf8) + [0] + Array(software.utf8)
        var chunk = bigEndian(UInt32(body.count - 4)) + body
        chunk += bigEndian(crc32(body))
        return Data(bytes[..<ihdrEnd] + chunk + bytes[ihdrEnd...])
    }

    /// Whether the file is a PNG carrying our tag.
    static func isOurs(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url), data.starts(with: signature) else { return false }
        let tag = Data(Array("tEXt".utf8) + Array("Software".utf8) + [0] + Array(software.utf8))
        return data.prefix(4096).range(of: tag) != nil
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func bigEndian(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }

    /// CRC-32 as PNG defines it (ISO 3309, polynomial 0xEDB88320).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }
}

import Foundation

/// Reading a PDF to sign or verify (bounded, regular files only) and writing the signed copy atomically:
/// a temporary file beside the target, flushed to disk, then renamed over it, so that an error or a crash
/// leaves the previous file (or none) in place.
public enum PDFFile {
    /// Largest PDF read (signing keeps it in memory twice).
    public static let maximumSize = 1 << 30

    public static func read(_ path: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: path)
        guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]), values.isRegularFile == true else {
            throw SignError("\(path): file not found (or not a regular file).")
        }
        if let size = values.fileSize, size > maximumSize { throw SignError("\(path): the file is too large (\(size) bytes).") }
        do { return Array(try Data(contentsOf: url)) } catch {
            throw SignError("\(path): cannot be read (\(error.localizedDescription)).")
        }
    }

    /// Writes `bytes` to `path` atomically. Refuses to replace an existing file unless `replacing`, refuses
    /// non-regular targets and the input file itself.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool, source: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let fm = FileManager.default
        if target.resolvingSymlinksInPath().path == URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path {
            throw SignError("\(path): the signed copy cannot replace the file being signed; choose another name with -o.")
        }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            let attributes = try? fm.attributesOfItem(atPath: target.path)
            if isDirectory.boolValue || attributes?[.type] as? FileAttributeType != .typeRegular {
                throw SignError("\(path): exists and is not a regular file; choose another name with -o.")
            }
            if !replacing { throw SignError("\(path): exists already; choose another name with -o, or add --force to replace it.") }
        }
        let folder = target.deletingLastPathComponent()
        guard fm.fileExists(atPath: folder.path) else { throw SignError("\(path): the folder \(folder.path) does not exist.") }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).ikplan-\(getpid())-\(UUID().uuidString.prefix(8)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw SignError("\(path): cannot write in \(folder.path) (\(String(cString: strerror(errno)))).") }
        var ok = true
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, base + offset, buffer.count - offset)
                if n <= 0 { ok = false; return }
                offset += n
            }
        }
        if fsync(fd) != 0 { ok = false }
        if close(fd) != 0 { ok = false }
        guard ok, rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw SignError("\(path): cannot be written (\(reason)); nothing was changed.")
        }
        // Make the rename itself durable.
        let dirFD = open(folder.path, O_RDONLY)
        if dirFD >= 0 { _ = fsync(dirFD); _ = close(dirFD) }
    }
}

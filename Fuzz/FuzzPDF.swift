// Compiled into one module with Sources/IKPDF (scripts/fuzz.sh), so no import.

/// libFuzzer target: IKPDF's parser and the navigation the verifier does on an untrusted file (objects,
/// pages, annotations, form fields, every stream decoded). Any error thrown is fine; a crash, a hang or an
/// allocation the input cannot back is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFParser(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let document = try? PDFDocument(bytes: bytes) else { return 0 }
    _ = try? document.catalog()
    if let pages = try? document.pages() {
        for page in pages.prefix(50) { _ = try? document.annotations(of: page) }
    }
    _ = try? document.formFields()
    for number in document.objectNumbers.prefix(500) {
        guard let object = try? document.object(PDFReference(number)) else { continue }
        if case .stream(let stream) = object { _ = try? document.decodedData(stream) }
    }
    return 0
}

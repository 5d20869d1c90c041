import IKEngine
import IKForms

/// The post-processing every archived document gets, in one place so that `render`, `checklists` and any
/// later command write the same kind of file: PDF/UA-1 first (artifacts, alternative texts, header scopes),
/// then the form fields (tagged as Form elements), then PDF/A-2a claiming both. A signature is added to
/// such a file afterwards, as an incremental update.
public enum ArchiveSteps {
    /// The steps for a document in `language` (the plan's BCP 47 tag); only the form fields when `archive`
    /// is false (`--no-pdfa`: Cairo's PDF otherwise as it is, for looking at the raw output).
    public static func standard(language: String, archive: Bool = true) -> [any PDFPostProcessor] {
        guard archive else { return [FormFieldStep()] }
        return [
            PDFUAStep(language: language),
            FormFieldStep(),
            PDFAStep(converter: PDFAConverter(conformance: .accessible, universalAccessibility: true, language: language)),
        ]
    }
}

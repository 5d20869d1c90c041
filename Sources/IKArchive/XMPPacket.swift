/// The XMP metadata packet of a PDF/A file, built from the Info dictionary's values so the two agree
/// (PDF/A-2, 6.6.2.3.1: every Info entry that has an XMP counterpart must equal it).
struct XMPPacket {
    /// pdfaid:part (2 for PDF/A-2).
    var part = 2
    /// pdfaid:conformance: "B", or "A" once the structure is complete.
    var conformance = "B"
    /// Writes pdfuaid:part 1 (with the extension schema PDF/A asks for a namespace it does not predefine).
    var universalAccessibility = false
    var title: String?
    var creator: String?
    var description: String?
    var keywords: String?
    var creatorTool: String?
    var producer: String?
    var language: String?
    var createDate: PDFDate?
    var modifyDate: PDFDate?

    /// The packet as UTF-8 bytes, with a writable padding-free trailer (`end="w"`).
    var bytes: [UInt8] { Array(text.utf8) }

    var text: String {
        var x = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        x += "   <pdfaid:part>\(part)</pdfaid:part>\n"
        x += "   <pdfaid:conformance>\(conformance)</pdfaid:conformance>\n"
        x += "  </rdf:Description>\n"
        if universalAccessibility {
            x += "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
            x += "   <pdfuaid:part>1</pdfuaid:part>\n"
            x += "  </rdf:Description>\n"
            x += Self.pdfuaExtensionSchema
        }
        x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        x += "   <dc:format>application/pdf</dc:format>\n"
        if let title { x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escape(title))</rdf:li></rdf:Alt></dc:title>\n" }
        if let creator { x += "   <dc:creator><rdf:Seq><rdf:li>\(Self.escape(creator))</rdf:li></rdf:Seq></dc:creator>\n" }
        if let description {
            x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escape(description))</rdf:li></rdf:Alt></dc:description>\n"
        }
        if let language { x += "   <dc:language><rdf:Bag><rdf:li>\(Self.escape(language))</rdf:li></rdf:Bag></dc:language>\n" }
        x += "  </rdf:Description>\n"
        x += "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        if let createDate { x += "   <xmp:CreateDate>\(createDate.xmpString)</xmp:CreateDate>\n" }
        if let modifyDate {
            x += "   <xmp:ModifyDate>\(modifyDate.xmpString)</xmp:ModifyDate>\n"
            // The metadata is written with the document: its date is the document's, which keeps runs identical.
            x += "   <xmp:MetadataDate>\(modifyDate.xmpString)</xmp:MetadataDate>\n"
        }
        if let creatorTool { x += "   <xmp:CreatorTool>\(Self.escape(creatorTool))</xmp:CreatorTool>\n" }
        x += "  </rdf:Description>\n"
        x += "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        if let producer { x += "   <pdf:Producer>\(Self.escape(producer))</pdf:Producer>\n" }
        if let keywords { x += "   <pdf:Keywords>\(Self.escape(keywords))</pdf:Keywords>\n" }
        x += "  </rdf:Description>\n"
        x += " </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"
        return x
    }

    /// PDF/A-2 predefines no pdfuaid schema: a file that uses it must describe it (6.6.2.3.2).
    static let pdfuaExtensionSchema = """
          <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
           <pdfaExtension:schemas>
            <rdf:Bag>
             <rdf:li rdf:parseType="Resource">
              <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
              <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
              <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
              <pdfaSchema:property>
               <rdf:Seq>
                <rdf:li rdf:parseType="Resource">
                 <pdfaProperty:name>part</pdfaProperty:name>
                 <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                 <pdfaProperty:category>internal</pdfaProperty:category>
                 <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li>
               </rdf:Seq>
              </pdfaSchema:property>
             </rdf:li>
            </rdf:Bag>
           </pdfaExtension:schemas>
          </rdf:Description>

        """

    /// XML text with the five special characters escaped and control characters (not allowed in XML 1.0)
    /// dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if c.value < 0x20 && c != "\n" && c != "\t" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

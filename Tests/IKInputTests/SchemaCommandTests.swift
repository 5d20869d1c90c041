import Foundation
import IKTestSupport
import XCTest

/// `ikplan schema`: the committed docs/plan.schema.json is what the reader's key lists make today, and the
/// example plan, the starter plan and the doc's minimal fixture pass it while a misspelt key does not.
final class SchemaCommandTests: XCTestCase {
    var committed: URL { Fixtures.packageRoot.appendingPathComponent("docs/plan.schema.json") }

    func testTheCommittedSchemaIsTheGeneratedOne() throws {
        let r = try CLI.run(["schema"], environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let file = try String(contentsOf: committed, encoding: .utf8)
        XCTAssertEqual(r.stdout, file, "docs/plan.schema.json is stale: run .build/debug/ikplan schema > docs/plan.schema.json")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any])
        let properties = try XCTUnwrap(json["properties"] as? [String: Any])
        XCTAssertEqual(Set(properties.keys), ["plan", "texts", "areas", "processes", "risks", "actions", "controls", "meeting"])
        XCTAssertTrue(file.contains("probability is a whole number from 1 (unlikely) to 4 (very likely)"), "no hints")
    }

    /// Python's jsonschema (python3-jsonschema, python3-yaml) judges the plans. Dates stay strings, as
    /// YAML 1.2 editors read them.
    func validate(_ yaml: URL) throws -> (ok: Bool, message: String) {
        let script = """
            import sys, json, yaml, jsonschema
            class L(yaml.SafeLoader): pass
            L.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp'] for k, v in L.yaml_implicit_resolvers.items()}
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft7Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(yaml.load(open(sys.argv[2]), Loader=L)), key=str)
            for e in errors: print(list(e.absolute_path), e.message)
            sys.exit(1 if errors else 0)
            """
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema, yaml"]
        probe.standardError = FileHandle.nullDevice
        try probe.run(); probe.waitUntilExit()
        guard probe.terminationStatus == 0 else {
            throw missingPrerequisite("python3 with jsonschema and yaml (Debian: apt-get install python3-jsonschema python3-yaml)")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, committed.path, yaml.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus == 0, out)
    }

    func testThePlansPassTheSchemaAndAMisspeltKeyDoesNot() throws {
        var r = try validate(CLI.example.appendingPathComponent("plan.yaml"))
        XCTAssertTrue(r.ok, r.message)
        r = try validate(Fixtures.url("valid-minimal").appendingPathComponent("plan.yaml"))
        XCTAssertTrue(r.ok, r.message)
        let work = try CLI.temporaryFolder(self, "schema")
        XCTAssertEqual(try CLI.run(["init", work.appendingPathComponent("p").path]).status, 0)
        r = try validate(work.appendingPathComponent("p/plan.yaml"))
        XCTAssertTrue(r.ok, r.message)

        let bad = work.appendingPathComponent("bad.yaml")
        let yaml = try String(contentsOf: work.appendingPathComponent("p/plan.yaml"), encoding: .utf8)
        try yaml.replacingOccurrences(of: "    probability: 2", with: "    sannolikhet: 2").write(to: bad, atomically: true, encoding: .utf8)
        r = try validate(bad)
        XCTAssertFalse(r.ok, "a misspelt key passes the schema")
        XCTAssertTrue(r.message.contains("'sannolikhet' was unexpected"), r.message)
    }
}

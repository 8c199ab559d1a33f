import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.batch.BatchAudit;
import io.github.suanzhang.reconcile.batch.Link;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Linking a few disclosures and running the batch.* rules from Java (docs/batch.md, "Library API"):
 *
 *   java -cp cli/target/suanzhang.jar docs/examples/BatchAuditExample.java FILE...
 *
 * Each file (PDF or text export) is read by the same reader as the CLI; BatchAudit.run links them and checks
 * the links. For thousands of files use BatchAudit.run(identities, loader, links, findings) instead, which
 * keeps one small identity per document and builds indexes on demand (what the CLI's batch step does).
 */
public class BatchAuditExample {
    public static void main(String[] args) throws Exception {
        DefaultDisclosureReader reader = new DefaultDisclosureReader();
        List<Disclosure> docs = new ArrayList<>();
        for (String a : args) {
            docs.add(reader.read(Path.of(a)));
        }
        BatchAudit.Result r = BatchAudit.run(docs);
        for (Link l : r.links()) {
            System.out.println(l.kind().label() + " " + (l.ambiguous() ? "ambiguous " + l.candidates() : l.from() + " -> " + l.to())
                    + " (" + l.confidence() + ") " + l.evidence());
        }
        for (BatchAudit.BatchFinding f : r.findings()) {
            System.out.println(f.finding().severity() + " " + f.finding().rule() + " " + f.document() + ": " + f.finding().message());
            f.finding().evidence().forEach(e -> System.out.println("    " + e.document() + " " + e.place().describe() + " " + e.text()));
        }
        System.out.println(r.links().size() + " links, " + r.findings().size() + " findings, " + r.unlinkable() + " not linkable");
    }
}

package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.extract.PdfDisclosureReader;
import java.nio.file.Path;

/** Diagnostic: prints what the reader makes of a PDF. {@code Dump file.pdf [tableId]}. */
public final class Dump {
    public static void main(String[] args) throws Exception {
        Disclosure d = new PdfDisclosureReader().read(Path.of(args[0]));
        System.out.println(d.document());
        for (Problem p : d.problems()) {
            System.out.println("PROBLEM " + p);
        }
        for (Table t : d.tables()) {
            if (args.length > 1 && !t.id().equals(args[1])) {
                System.out.println(t.id() + " " + t.kind() + " " + t.title() + " " + t.pages() + " rows " + t.rows().size());
                continue;
            }
            System.out.println("== " + t.id() + " " + t.kind() + " " + t.number() + " " + t.title() + " " + t.unit() + " " + t.pages()
                    + " empty=" + t.emptyNote());
            System.out.println("   " + t.columns());
            for (Row r : t.rows()) {
                StringBuilder b = new StringBuilder("   ");
                b.append(r.side() == null ? "" : r.side().label() + " ").append(r.lineNo() == null ? "" : "#" + r.lineNo() + " ")
                        .append(r.code() == null ? "-" : r.code().digits()).append(" | ").append(r.label());
                for (Cell c : r.cells()) {
                    b.append(" | ").append(c == null ? "" : c.hasAmount() ? c.amount().value().toPlainString() : "'" + c.raw().replace('\n', '/') + "'");
                }
                System.out.println(b);
            }
        }
        System.out.println("statements " + d.statements().size());
        d.statements().stream().limit(8).forEach(s -> System.out.println("  " + s.section() + " :: " + s.text()));
    }
}

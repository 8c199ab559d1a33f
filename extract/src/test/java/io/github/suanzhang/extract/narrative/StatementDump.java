package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.PdfDisclosureReader;
import java.nio.file.Path;

/** Diagnostic: the statements (page, box, text, claims) our PDF reader makes of a file. {@code StatementDump file.pdf [fromPage toPage]}. */
public final class StatementDump {
    public static void main(String[] args) throws Exception {
        Disclosure d = new PdfDisclosureReader().read(Path.of(args[0]));
        int from = args.length > 2 ? Integer.parseInt(args[1]) : 0;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        System.out.println(d.document());
        int fragments = 0;
        for (Statement s : d.statements()) {
            if (!s.text().matches(".*[。;:!?]$") && !s.text().matches("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)).*")) {
                fragments++;
                if (args.length > 3) {
                    System.out.println("FRAG p" + s.place().page() + " " + s.text());
                }
            }
            int page = s.place().page();
            if (page < from || page > to) {
                continue;
            }
            String box = s.place().box() == null ? "-" : String.format("%.0f,%.0f", s.place().box().x0(), s.place().box().y0());
            System.out.println("## p" + page + " [" + box + "] " + s.text());
            s.claims().forEach(c -> System.out.println("     " + ClaimText.of(c)));
        }
        System.out.println("statements " + d.statements().size() + " unterminated, not headings " + fragments);
    }
}

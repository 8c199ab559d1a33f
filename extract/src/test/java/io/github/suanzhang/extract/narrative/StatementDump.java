package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.PdfDisclosureReader;
import java.nio.file.Path;

/** Diagnostic: the statements (page, box, text, claims) our PDF reader makes of a file. {@code StatementDump file.pdf [fromPage toPage]}. */
public final class StatementDump {
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(\\d[\\d,]*(?:\\.\\d+)?)(万元|亿元|千元|元|%|个|辆|台\\(套\\)|台|套|人次|名|人|家|份)");
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
            // figures printed in the sentence (unit-bearing numbers, years excluded) that no claim carries
            java.util.Set<String> carried = new java.util.HashSet<>();
            s.claims().forEach(c -> c.figures().values().forEach(a -> {
                carried.add(a.value().stripTrailingZeros().toPlainString() + a.unit().label());
                carried.add(a.value().stripTrailingZeros().toPlainString() + "#");
            }));
            java.util.regex.Matcher fm = FIGURE.matcher(s.text());
            int n = 0;
            while (fm.find()) {
                n++;
                String v = new java.math.BigDecimal(fm.group(1).replace(",", "")).stripTrailingZeros().toPlainString() + fm.group(2);
                String v0 = new java.math.BigDecimal(fm.group(1).replace(",", "")).stripTrailingZeros().toPlainString() + "#";
                boolean count = !fm.group(2).contains("元") && !fm.group(2).equals("%");
                boolean threshold = s.text().startsWith("以上", fm.end()) || s.text().startsWith("(含)", fm.end());
                if (threshold) {
                    n--;
                    continue;
                }
                if (!carried.contains(v) && !(count && carried.contains(v0))) {
                    System.out.println("     MISS " + fm.group());
                }
            }
            if (n > 0) {
                System.out.println("     FIGURES " + n);
            }
        }
        System.out.println("statements " + d.statements().size() + " unterminated, not headings " + fragments);
    }
}

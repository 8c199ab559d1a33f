package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.YEAR;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.YEAR_NOUN;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@link ClaimKind#YEAR_REFERENCE}: every year named ({@code 2025年}, {@code 2024年度}; not a date), with the
 * document noun after it ({@code 部门决算}, {@code 预算数}…) as {@code reference} and role {@code comparison}
 * when it is the base of a comparison. Stateless.
 */
final class YearReader {
    private YearReader() {
    }

    static List<Claim> read(SentenceAnalysis a) {
        String s = a.text();
        List<Claim> out = new ArrayList<>();
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year < 1990 || year > 2100) {
                continue;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher noun = YEAR_NOUN.matcher(s.substring(m.end()));
            boolean named = noun.find();
            if (named) {
                attrs.put(ClaimAttribute.REFERENCE, noun.group(1));
            }
            if (a.inBase(m.start())) {
                attrs.put(ClaimAttribute.ROLE, "comparison");
            }
            int end = named ? m.end() + noun.end() : m.end();
            out.add(a.claim(ClaimKind.YEAR_REFERENCE, m.start(), end, null, null, Map.of(), null, year, attrs));
        }
        return out;
    }
}

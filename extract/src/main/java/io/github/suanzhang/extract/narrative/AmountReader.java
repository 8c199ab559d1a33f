package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.extract.narrative.Figure.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ClaimKind#AMOUNT} and {@link ClaimKind#COUNT}: every figure stated as an amount (or a count) of a
 * subject, with its measure and class names; a subject taken from the sentences before is recorded as the
 * {@code context} attribute. Stateless.
 */
final class AmountReader {
    private AmountReader() {
    }

    static List<Claim> read(SentenceAnalysis a) {
        List<Claim> out = new ArrayList<>();
        for (Figure f : a.figures()) {
            if (f.role() != Role.AMOUNT && f.role() != Role.COUNT) {
                continue;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            if (f.measure() != null) {
                attrs.put(ClaimAttribute.MEASURE, f.measure());
            }
            attrs.putAll(f.classAttrs());
            if (f.fromContext()) {
                attrs.put(ClaimAttribute.CONTEXT, f.subject());
            }
            if (f.role() == Role.COUNT) {
                attrs.remove(ClaimAttribute.MEASURE);
                attrs.put(ClaimAttribute.UNIT, f.countUnit());
                out.add(a.claim(ClaimKind.COUNT, f.leadStart(), f.end(), f.subject(), f.code(),
                        Map.of("count", f.amount()), null, null, attrs));
            } else {
                out.add(a.claim(ClaimKind.AMOUNT, f.leadStart(), f.end(), f.subject(), f.code(),
                        Map.of(FigureRole.AMOUNT, f.amount()), null, null, attrs));
            }
        }
        return out;
    }
}

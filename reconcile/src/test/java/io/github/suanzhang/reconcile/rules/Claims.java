package io.github.suanzhang.reconcile.rules;

import static io.github.suanzhang.testdata.Fixture.percent;
import static io.github.suanzhang.testdata.Fixture.wan;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.number.Amount;
import java.util.LinkedHashMap;
import java.util.Map;

/** Claims built in code following /work/wt/CLAIMS-CONVENTIONS.md (the extractor's contract). */
public final class Claims {
    private Claims() {
    }

    public static Map<String, String> attrs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    /** Class-name attributes 类/款/项 (null for a level not stated). */
    public static Map<String, String> names(String cls, String sec, String item) {
        return attrs("类", cls, "款", sec, "项", item);
    }

    public static Claim amount(String subject, String measure, String wan) {
        return amount(subject, measure, wan, Map.of());
    }

    public static Claim amount(String subject, String measure, String wanPrinted, Map<String, String> more) {
        Map<String, String> a = new LinkedHashMap<>(more);
        if (measure != null) {
            a.put("measure", measure);
        }
        return new Claim(ClaimKind.AMOUNT, subject + wanPrinted + "万元", subject, null, Map.of("amount", wan(wanPrinted)),
                null, null, a, null);
    }

    public static Claim share(String subject, String wanPrinted, String pct, String of, String context) {
        Map<String, Amount> f = new LinkedHashMap<>();
        if (wanPrinted != null) {
            f.put("amount", wan(wanPrinted));
        }
        f.put("percent", percent(pct));
        return new Claim(ClaimKind.SHARE, "占" + pct + "%", subject, null, f, null, null, attrs("of", of, "context", context), null);
    }

    public static Claim change(String subject, Direction d, String before, String after, String change, String pct,
                               Integer year, String base) {
        Map<String, Amount> f = new LinkedHashMap<>();
        if (before != null) {
            f.put("before", wan(before));
        }
        if (after != null) {
            f.put("after", wan(after));
        }
        if (change != null) {
            f.put("change", wan(change));
        }
        if (pct != null) {
            f.put("percent", percent(pct));
        }
        return new Claim(ClaimKind.CHANGE, "", subject, null, f, d, year, attrs("base", base), null);
    }

    public static Claim completion(String subject, String budget, String actual, String rate, Map<String, String> attrs) {
        Map<String, Amount> f = new LinkedHashMap<>();
        f.put("budget", wan(budget));
        f.put("actual", wan(actual));
        if (rate != null) {
            f.put("rate", percent(rate));
        }
        return new Claim(ClaimKind.COMPLETION, "", subject, null, f, null, null, attrs, null);
    }

    public static Claim direction(String subject, Direction d, String text) {
        return new Claim(ClaimKind.DIRECTION, text, subject, null, Map.of(), d, null, attrs("role", "reason"), null);
    }

    public static Claim classNames(String cls, String sec, String item) {
        String deepest = item != null ? item : sec != null ? sec : cls;
        return new Claim(ClaimKind.CLASS_NAMES, "", deepest, null, Map.of(), null, null, names(cls, sec, item), null);
    }

    public static Claim yearReference(int year, String reference, String text) {
        return new Claim(ClaimKind.YEAR_REFERENCE, text, null, null, Map.of(), null, year, attrs("reference", reference), null);
    }
}

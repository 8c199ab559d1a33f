package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared plumbing of the narrative rules: claims with their sentences, evidence, figures for messages. */
public final class Narrative {
    private Narrative() {
    }

    /** A claim with the sentence it was read from and that sentence's index in the disclosure. */
    public record Stated(Statement statement, int index, Claim claim) {
        /** The sentence as evidence: the claim's place (or the sentence's) and the whole sentence. */
        public Evidence evidence() {
            Place p = claim.place() != Place.UNKNOWN ? claim.place() : statement.place();
            return Evidence.at(p, statement.text());
        }

        /** The subject as stated, or the deepest stated class name. */
        public String subject() {
            String s = claim.subject();
            if (s != null && !s.isBlank()) {
                return s;
            }
            for (String k : new String[] {"项", "款", "类"}) {
                String n = claim.attributes().get(k);
                if (n != null && !n.isBlank()) {
                    return n;
                }
            }
            return "";
        }

        /** The words of the claim, or the sentence when the claim has none. */
        public String words() {
            return claim.text().isBlank() ? statement.text() : claim.text();
        }
    }

    /**
     * Every claim of the disclosure with its sentence, in reading order; none when the disclosure is not a
     * 部门/单位 one ({@link Applicability#departmental}): a government-level report's narrative speaks of
     * other levels, years and funds with the template's words, and no narrative rule judges it.
     */
    public static Stream<Stated> claims(Disclosure d) {
        if (!Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Stated> out = new ArrayList<>();
        for (int i = 0; i < d.statements().size(); i++) {
            Statement s = d.statements().get(i);
            for (Claim c : s.claims()) {
                out.add(new Stated(s, i, c));
            }
        }
        return out.stream();
    }

    /** The claims of one kind. */
    public static Stream<Stated> claims(Disclosure d, ClaimKind kind) {
        return claims(d).filter(s -> s.claim().kind() == kind);
    }

    /** The claim's year differs from the report's (so its figures are not this report's). */
    public static boolean otherYear(Disclosure d, Claim c) {
        Integer y = d.document().year();
        return c.year() != null && y != null && !c.year().equals(y);
    }

    /** An exact figure for the finding's {@code figures} map: {@code value} in {@code unit} with its own scale. */
    public static Amount figure(BigDecimal value, Unit unit) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return new Amount(v, v.scale(), unit, null);
    }

    /** A number for a message: 0.01, 10.7649 (plain, trailing zeros removed). */
    public static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** {@code 872.88万元}, {@code 10.7%}. */
    public static String show(Amount a) {
        String plain = a.plain();
        if (a.unit() == Unit.PERCENT || a.unit() == Unit.NONE) {
            return plain + a.unit().label();
        }
        boolean neg = plain.startsWith("-");
        String digits = neg ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        return (neg ? "-" : "") + b + (dot < 0 ? "" : digits.substring(dot)) + a.unit().label();
    }

    /** A figure found for a named subject: the amount, where it stands, and a description for messages. */
    public record Source(Amount amount, Evidence evidence, String where) {
    }

    /**
     * The one figure a named subject has for {@code measure}: from the tables (a general subject, or a
     * code) or, failing that, from the narrative's own AMOUNT claims of this year. Empty when nothing is
     * found or the places found disagree among themselves (then the subject is ambiguous).
     */
    public static java.util.Optional<Source> lookup(SubjectIndex index, String name, Measure measure) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.empty();
        }
        List<Source> found = new ArrayList<>();
        Claim probe = new Claim(ClaimKind.AMOUNT, "", name, null, null, null, null, null, null);
        for (TableFigure f : index.figures(probe, measure)) {
            found.add(new Source(f.amount(), f.evidence(), f.tableName()));
        }
        if (found.isEmpty()) {
            Disclosure d = index.disclosure();
            claims(d, ClaimKind.AMOUNT).filter(s -> Names.same(s.subject(), name) && s.claim().figure(FigureRole.AMOUNT) != null
                            && !otherYear(d, s.claim()) && Measure.of(s.claim(), d.document().type()) == measure)
                    .forEach(s -> found.add(new Source(s.claim().figure(FigureRole.AMOUNT), s.evidence(), "情况说明")));
        }
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        Source first = found.get(0);
        for (Source s : found) {
            if (!io.github.suanzhang.core.interval.Intervals.compatible(s.amount().unit(), first.amount().unit())
                    || io.github.suanzhang.core.interval.Consistency.samefact(first.amount(), s.amount()).agreement()
                    != io.github.suanzhang.core.interval.Agreement.AGREES) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(first);
    }

    /** A claim's subject, or its deepest stated class name, for messages. */
    public static String stated(Claim c) {
        return new Stated(new Statement("", null, null, List.of()), 0, c).subject();
    }

    /** A quoted subject for messages: "行政运行". */
    public static String quote(String s) {
        return "\u201c" + s + "\u201d";
    }
}

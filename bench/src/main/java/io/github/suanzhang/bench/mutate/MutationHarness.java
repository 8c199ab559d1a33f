package io.github.suanzhang.bench.mutate;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plants one discrepancy at a time in a document (in the model and in the text), audits again, and says
 * whether a new finding reports it. See docs/recall.md for the method and the figures.
 */
public final class MutationHarness {
    private final Reconciler reconciler;
    private final long seed;
    private final int perKind;

    /**
     * @param seed    the seed of the random choice of plants (with the document's name: deterministic)
     * @param perKind how many plants of each kind and level per document (fewer where there are fewer candidates)
     */
    public MutationHarness(Reconciler reconciler, long seed, int perKind) {
        this.reconciler = reconciler;
        this.seed = seed;
        this.perKind = perKind;
    }

    /** The result of one document: its outcomes and whether re-reading the untouched text gave the same claims. */
    public record DocumentResult(String document, String city, String type, boolean controlSame, List<Outcome> outcomes) {
    }

    /**
     * Plants in one document and audits each plant.
     *
     * @param name the document's own file name: it seeds the choice of plants (with {@code seed}), so it must
     *             not be the name of a temporary copy (a bundled sample read from a jar, a seed text written to
     *             a temporary file) — that made the plants, and the counts, differ from run to run
     * @param city the city it comes from
     */
    public DocumentResult run(Loaded doc, String name, String city) {
        Disclosure original = doc.disclosure();
        String type = original.document().type().name();
        Disclosure control = doc.reread(doc.texts());
        boolean same = sameClaims(original.statements(), control.statements());
        Set<String> baseModel = keys(reconciler.audit(original).findings());
        Set<String> baseText = same ? baseModel : keys(reconciler.audit(control).findings());
        List<Outcome> out = new ArrayList<>();
        var model = ModelPlants.candidates(original);
        var text = TextPlants.candidates(doc);
        for (Kind k : Kind.values()) {
            for (Plant p : sample(model.get(k), name, k, Level.MODEL)) {
                out.add(evaluate(name, city, type, p, original, baseModel));
            }
            for (Plant p : sample(text.get(k), name, k, Level.TEXT)) {
                out.add(evaluate(name, city, type, p, control, baseText));
            }
        }
        return new DocumentResult(name, city, type, same, out);
    }

    private List<Plant> sample(List<Plant> candidates, String name, Kind k, Level level) {
        List<Plant> cs = new ArrayList<>(candidates);
        Random rng = new Random(seed * 1_000_003L + stableHash(name) * 31L + k.ordinal() * 7L + level.ordinal());
        java.util.Collections.shuffle(cs, rng);
        return cs.subList(0, Math.min(perKind, cs.size()));
    }

    static long stableHash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private Outcome evaluate(String name, String city, String type, Plant p, Disclosure base, Set<String> baseKeys) {
        Disclosure mutated = p.apply().apply(base);
        int si = p.statement();
        if (p.level() == Level.TEXT) {
            si = statementWith(mutated, p.snippet());
        }
        int page = si >= 0 ? place(mutated.statements().get(si)) : p.page();
        List<Finding> fresh = reconciler.audit(mutated).findings().stream().filter(f -> !baseKeys.contains(key(f))).toList();
        Finding info = null;
        for (Finding f : fresh) {
            if (carries(p, f, page)) {
                if (f.severity() != Severity.INFO) {
                    return new Outcome(name, city, type, p, true, f.rule(), "");
                }
                info = info == null ? f : info;
            }
        }
        if (p.level() == Level.TEXT && (si < 0 || claimsCarrying(mutated.statements().get(si), p).isEmpty())) {
            return new Outcome(name, city, type, p, false, "", Outcome.NOT_READ);
        }
        if (info != null) {
            return new Outcome(name, city, type, p, false, info.rule(), Outcome.INFO_ONLY);
        }
        if (p.probe() != null) {
            Disclosure gross = p.probe().apply(base);
            boolean any = reconciler.audit(gross).findings().stream()
                    .anyMatch(f -> f.severity() != Severity.INFO && !baseKeys.contains(key(f)));
            if (any) {
                return new Outcome(name, city, type, p, false, "", Outcome.TOLERANCE);
            }
        }
        if (si >= 0 && p.kind() != Kind.K2_DIRECTION && p.kind() != Kind.K7_YEAR) {
            SubjectIndex index = SubjectIndex.of(mutated);
            List<Claim> cs = claimsCarrying(mutated.statements().get(si), p).stream()
                    .filter(c -> c.kind() == ClaimKind.AMOUNT || c.kind() == ClaimKind.SHARE || c.kind() == ClaimKind.CHANGE
                            || c.kind() == ClaimKind.COMPLETION).toList();
            boolean matched = cs.stream().anyMatch(c -> {
                var k = index.resolve(c).kind();
                return k == SubjectIndex.Resolution.Kind.CODE || k == SubjectIndex.Resolution.Kind.GENERAL;
            });
            if (!cs.isEmpty() && !matched) {
                return new Outcome(name, city, type, p, false, "", Outcome.NOT_MATCHED);
            }
        }
        return new Outcome(name, city, type, p, false, "", Outcome.NO_RULE);
    }

    private static int place(Statement s) {
        return s.place().page() > 0 ? s.place().page() : s.place().line();
    }

    /** The statement whose text holds the edit (spaces ignored), or −1. */
    static int statementWith(Disclosure d, String snippet) {
        if (snippet == null) {
            return -1;
        }
        String key = snippet.replaceAll("\\s", "");
        List<Statement> ss = d.statements();
        for (int i = 0; i < ss.size(); i++) {
            if (ss.get(i).text().replaceAll("\\s", "").contains(key)) {
                return i;
            }
        }
        // the sentence may start inside the few characters before the edit
        String tail = key.substring(Math.max(0, key.length() - 8));
        for (int i = 0; i < ss.size(); i++) {
            if (ss.get(i).text().replaceAll("\\s", "").contains(tail)) {
                return i;
            }
        }
        return -1;
    }

    /** The claims of a statement that read the plant: the planted figure, the flipped word, the new year. */
    static List<Claim> claimsCarrying(Statement s, Plant p) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : s.claims()) {
            boolean hit = false;
            if (p.kind() == Kind.K7_YEAR) {
                hit = c.year() != null && String.valueOf(c.year()).equals(p.planted());
            } else if (p.kind() == Kind.K2_DIRECTION) {
                hit = (c.kind() == ClaimKind.CHANGE || c.kind() == ClaimKind.DIRECTION) && c.text().contains(p.words().get(0));
                hit |= p.level() == Level.MODEL && c.direction() != null && c.direction().name().equals(p.planted());
            } else if (!p.marks().isEmpty()) {
                for (Amount a : c.figures().values()) {
                    if (a.unit() == p.unit() && a.value().compareTo(p.marks().get(0)) == 0) {
                        hit = true;
                    }
                }
            }
            if (hit) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether a finding reports the plant: carries its figure or the difference, its word or year, or (words, years) its sentence. */
    static boolean carries(Plant p, Finding f, int page) {
        if (p.unit() != null) {
            BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, p.decimals())).divide(BigDecimal.valueOf(2));
            for (Amount a : f.figures().values()) {
                BigDecimal v;
                if (a.unit() == p.unit()) {
                    v = a.value();
                } else if (a.unit().isMonetary() && p.unit().isMonetary()) {
                    v = a.to(p.unit()).value();
                } else {
                    continue;
                }
                for (BigDecimal m : p.marks()) {
                    if (v.abs().subtract(m).abs().compareTo(half) <= 0) {
                        return true;
                    }
                }
            }
        }
        for (String w : p.words()) {
            if (f.message().contains(w) || f.evidence().stream().anyMatch(e -> e.text() != null && e.text().contains(w))) {
                return true;
            }
        }
        if ((p.kind() == Kind.K2_DIRECTION || p.kind() == Kind.K7_YEAR) && page > 0) {
            for (Evidence e : f.evidence()) {
                if (e.table() == null && (e.place().page() == page || e.place().line() == page)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<String> keys(List<Finding> fs) {
        Set<String> out = new HashSet<>();
        fs.forEach(f -> out.add(key(f)));
        return out;
    }

    /** A finding's identity across audits: rule, severity, figures and places (not the message's wording). */
    static String key(Finding f) {
        String figs = f.figures().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value().stripTrailingZeros().toPlainString()
                + e.getValue().unit().label()).collect(Collectors.joining(","));
        String ev = f.evidence().stream().map(e -> e.place().page() + ":" + e.place().line() + ":" + e.table() + ":" + e.row() + ":" + e.column())
                .collect(Collectors.joining(";"));
        return f.rule() + "|" + f.severity() + "|" + figs + "|" + ev;
    }

    static boolean sameClaims(List<Statement> a, List<Statement> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).text().equals(b.get(i).text()) || !a.get(i).claims().equals(b.get(i).claims())) {
                return false;
            }
        }
        return true;
    }
}

package io.github.suanzhang.bench.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Recall tables (Markdown) and one CSV line per plant from the outcomes of a mutation run. */
public final class RecallReport {
    private final List<Outcome> outcomes;

    public RecallReport(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** Found / planted. */
    public record Tally(int found, int planted) {
        public double recall() {
            return planted == 0 ? Double.NaN : (double) found / planted;
        }

        @Override
        public String toString() {
            return planted == 0 ? "–" : String.format("%d/%d (%.0f%%)", found, planted, 100.0 * found / planted);
        }
    }

    public static Tally tally(List<Outcome> os) {
        return new Tally((int) os.stream().filter(Outcome::found).count(), os.size());
    }

    public Tally overall() {
        return tally(outcomes);
    }

    public Tally of(Kind k, Level l) {
        return tally(outcomes.stream().filter(o -> o.plant().kind() == k && (l == null || o.plant().level() == l)).toList());
    }

    public Tally of(Level l) {
        return tally(outcomes.stream().filter(o -> o.plant().level() == l).toList());
    }

    private <K extends Comparable<K>> Map<K, List<Outcome>> by(Function<Outcome, K> f) {
        return outcomes.stream().collect(Collectors.groupingBy(f, TreeMap::new, Collectors.toList()));
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        long docs = outcomes.stream().map(Outcome::document).distinct().count();
        b.append("Plants: ").append(outcomes.size()).append(" in ").append(docs).append(" documents; found overall ")
                .append(overall()).append(" (model ").append(of(Level.MODEL)).append(", text ").append(of(Level.TEXT)).append(").\n\n");
        b.append("| kind | what | model | text | both |\n|---|---|---|---|---|\n");
        for (Kind k : Kind.values()) {
            b.append("| ").append(k.number()).append(" | ").append(k.label()).append(" | ").append(of(k, Level.MODEL))
                    .append(" | ").append(of(k, Level.TEXT)).append(" | ").append(of(k, null)).append(" |\n");
        }
        b.append("\nPer city:\n\n| city | documents | model | text | both |\n|---|---|---|---|---|\n");
        by(Outcome::city).forEach((c, os) -> b.append("| ").append(c).append(" | ")
                .append(os.stream().map(Outcome::document).distinct().count()).append(" | ")
                .append(tally(os.stream().filter(o -> o.plant().level() == Level.MODEL).toList())).append(" | ")
                .append(tally(os.stream().filter(o -> o.plant().level() == Level.TEXT).toList())).append(" | ")
                .append(tally(os)).append(" |\n"));
        b.append("\nPer document type:\n\n| type | documents | model | text | both |\n|---|---|---|---|---|\n");
        by(Outcome::type).forEach((c, os) -> b.append("| ").append(c).append(" | ")
                .append(os.stream().map(Outcome::document).distinct().count()).append(" | ")
                .append(tally(os.stream().filter(o -> o.plant().level() == Level.MODEL).toList())).append(" | ")
                .append(tally(os.stream().filter(o -> o.plant().level() == Level.TEXT).toList())).append(" | ")
                .append(tally(os)).append(" |\n"));
        b.append("\nPlants not found, by reason (rows: kind/level):\n\n| kind | level | ")
                .append(String.join(" | ", REASONS)).append(" |\n|---|---|").append("---|".repeat(REASONS.size())).append("\n");
        for (Kind k : Kind.values()) {
            for (Level l : Level.values()) {
                List<Outcome> os = outcomes.stream().filter(o -> !o.found() && o.plant().kind() == k && o.plant().level() == l).toList();
                b.append("| ").append(k.number()).append(" | ").append(l.name().toLowerCase()).append(" | ");
                List<String> cells = new ArrayList<>();
                for (String r : REASONS) {
                    cells.add(String.valueOf(os.stream().filter(o -> o.reason().equals(r)).count()));
                }
                b.append(String.join(" | ", cells)).append(" |\n");
            }
        }
        b.append("| all | | ");
        List<String> cells = new ArrayList<>();
        for (String r : REASONS) {
            cells.add(String.valueOf(outcomes.stream().filter(o -> !o.found() && o.reason().equals(r)).count()));
        }
        b.append(String.join(" | ", cells)).append(" |\n");
        b.append("\nPer document:\n\n| document | city | type | model | text |\n|---|---|---|---|---|\n");
        by(Outcome::document).forEach((d, os) -> b.append("| ").append(d).append(" | ").append(os.get(0).city()).append(" | ")
                .append(os.get(0).type()).append(" | ")
                .append(tally(os.stream().filter(o -> o.plant().level() == Level.MODEL).toList())).append(" | ")
                .append(tally(os.stream().filter(o -> o.plant().level() == Level.TEXT).toList())).append(" |\n"));
        return b.toString();
    }

    public static final List<String> REASONS = List.of(Outcome.NOT_READ, Outcome.NOT_MATCHED, Outcome.NO_RULE,
            Outcome.TOLERANCE, Outcome.INFO_ONLY);

    public String csv() {
        StringBuilder b = new StringBuilder("document,city,type,level,kind,where,original,planted,found,rule,reason\n");
        for (Outcome o : outcomes) {
            Plant p = o.plant();
            b.append(String.join(",", q(o.document()), q(o.city()), o.type(), p.level().name(), p.kind().number(), q(p.where()),
                    q(p.original()), q(p.planted()), String.valueOf(o.found()), o.rule(), q(o.reason()))).append('\n');
        }
        return b.toString();
    }

    /** Outcomes read back from {@link #csv()} files (to join the runs of several processes). */
    public static List<Outcome> readCsv(java.nio.file.Path file) throws java.io.IOException {
        List<Outcome> out = new ArrayList<>();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file);
             org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get().parse(r)) {
            for (org.apache.commons.csv.CSVRecord rec : p) {
                Kind kind = java.util.Arrays.stream(Kind.values()).filter(k -> k.number().equals(rec.get("kind"))).findFirst().orElseThrow();
                Plant plant = new Plant(kind, Level.valueOf(rec.get("level")), rec.get("where"), rec.get("original"), rec.get("planted"),
                        null, List.of(), 0, List.of(), 0, null, null, -1, null);
                out.add(new Outcome(rec.get("document"), rec.get("city"), rec.get("type"), plant,
                        Boolean.parseBoolean(rec.get("found")), rec.get("rule"), rec.get("reason")));
            }
        }
        return out;
    }

    private static String q(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }
}

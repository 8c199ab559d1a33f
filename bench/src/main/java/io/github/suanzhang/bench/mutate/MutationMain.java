package io.github.suanzhang.bench.mutate;

import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.reconcile.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The mutation run from the command line:
 * {@code java -cp bench/target/benchmarks.jar io.github.suanzhang.bench.mutate.MutationMain [--seed N]
 * [--per-kind N] [--out DIR] [--all-scopes] FILE|DIR…}. Only 部门/单位 documents are planted in unless
 * {@code --all-scopes}. Writes {@code plants.csv} and {@code recall.md} into DIR (default {@code mutation-out}).
 */
public final class MutationMain {
    private MutationMain() {
    }

    public static void main(String[] args) throws IOException {
        long seed = 14;
        int perKind = 3;
        Path out = Path.of("mutation-out");
        boolean allScopes = false;
        List<String> without = List.of();
        List<Path> inputs = new ArrayList<>();
        if (args.length > 0 && args[0].equals("--merge")) {
            // --merge OUT a/plants.csv b/plants.csv …: one report over the runs of several processes
            List<Outcome> all = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                all.addAll(RecallReport.readCsv(Path.of(args[i])));
            }
            write(Path.of(args[1]), all, seed, perKind, List.of(), "joined from " + (args.length - 2) + " runs");
            return;
        }
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--per-kind" -> perKind = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--all-scopes" -> allScopes = true;
                case "--before-without" -> without = List.of(args[++i].split(","));
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> !f.getFileName().toString().endsWith(".tsv") && !f.getFileName().toString().endsWith(".md"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        MutationHarness h = new MutationHarness(new Reconciler(), seed, perKind);
        List<String> w = without;
        MutationHarness before = w.isEmpty() ? null : new MutationHarness(
                new Reconciler(Rules.all().stream().filter(r -> !w.contains(r.id())).toList()), seed, perKind);
        List<Outcome> all = new ArrayList<>();
        List<Outcome> allBefore = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path f : files) {
            try {
                Loaded doc = Loaded.read(f);
                Scope scope = doc.disclosure().document().scope();
                if (!allScopes && scope != Scope.DEPARTMENT && scope != Scope.UNIT) {
                    skipped.add(f.getFileName() + " (" + scope + ")");
                    continue;
                }
                MutationHarness.DocumentResult r = h.run(doc, f.getFileName().toString(), Cities.of(f.getFileName().toString()));
                all.addAll(r.outcomes());
                append(out.resolve(before != null ? "after" : ".").resolve("plants.partial.csv"), r.outcomes());
                if (before != null) {
                    List<Outcome> b = before.run(doc, f.getFileName().toString(), Cities.of(f.getFileName().toString())).outcomes();
                    allBefore.addAll(b);
                    append(out.resolve("before").resolve("plants.partial.csv"), b);
                }
                System.err.printf("%s: %d plants, %d found%s%n", f.getFileName(), r.outcomes().size(),
                        r.outcomes().stream().filter(Outcome::found).count(), r.controlSame() ? "" : " (re-reading changed the claims)");
            } catch (Exception e) {
                skipped.add(f.getFileName() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
        if (before != null) {
            write(out.resolve("before"), allBefore, seed, perKind, skipped, "without " + String.join(", ", w));
            out = out.resolve("after");
        }
        write(out, all, seed, perKind, skipped, "all rules");
    }

    /** The outcomes of one document, appended as it is done (a long run can be joined before its end). */
    private static void append(Path file, List<Outcome> os) throws IOException {
        Files.createDirectories(file.getParent());
        String csv = new RecallReport(os).csv();
        if (Files.exists(file)) {
            csv = csv.substring(csv.indexOf('\n') + 1);
        }
        Files.writeString(file, csv, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static void write(Path out, List<Outcome> all, long seed, int perKind, List<String> skipped, String rules) throws IOException {
        Files.createDirectories(out);
        RecallReport report = new RecallReport(all);
        Files.writeString(out.resolve("plants.csv"), report.csv());
        String md = "Seed " + seed + ", " + perKind + " plants per kind, level and document; " + rules + ".\n\n" + report.markdown()
                + "\nSkipped (" + skipped.size() + "): " + String.join("; ", skipped) + "\n";
        Files.writeString(out.resolve("recall.md"), md);
        System.out.println(md);
    }

    /** The city of a corpus file, from its name (the corpus names files {@code NNN_城市__…} or {@code pinyin_…}). */
    static final class Cities {
        private static final Map<String, String> PINYIN = Map.ofEntries(Map.entry("shanghai", "上海"), Map.entry("beijing", "北京"),
                Map.entry("shenzhen", "深圳"), Map.entry("guangzhou", "广州"), Map.entry("chongqing", "重庆"),
                Map.entry("jiangsu", "江苏"), Map.entry("suzhou", "苏州"), Map.entry("seed", "seed"));

        static String of(String file) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\d{3}_([^_]+)_").matcher(file);
            if (m.find()) {
                return m.group(1);
            }
            String first = file.split("_")[0].toLowerCase();
            if (file.startsWith("000_")) {
                return "seed";
            }
            return PINYIN.getOrDefault(first, first);
        }
    }
}

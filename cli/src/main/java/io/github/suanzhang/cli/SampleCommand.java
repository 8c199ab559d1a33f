package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Evidence;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code suanzhang sample --seed S AUDIT_DIR...}: a seeded random sample of findings, and a ledger to judge them. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = SuanzhangCommand.Version.class,
        sortOptions = false,
        description = {"Draws a seeded random sample of the findings in one or more audit output folders "
            + "(suanzhang audit --out DIR), uniformly over all their findings (not per document), renders every page "
            + "each drawn finding cites to a PNG with the cited places highlighted, and writes a ledger to judge: "
            + "PREFIX.csv (columns sample, id, corpus, document, file, rule, severity, message, figures, pages, "
            + "images, evidence, and the empty verdict, cause, note) and PREFIX.md (the same, to read beside the "
            + "pictures). The same seed and folders give the same sample, whatever their order.",
            "Fill in verdict (true, false or unclear) and cause, then: suanzhang precision PREFIX.csv"},
        footerHeading = "%nExamples:%n",
        footer = {"  suanzhang sample --seed 20261202 --size 80 --out docs/precision/ledger --png /tmp/png "
                + "results/real results/fresh",
            "  suanzhang sample --seed 7 --severity ERROR --corpus-dir /data/fresh --split 40 --out l results"})
public final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "AUDIT_DIR", description = "audit output folder (with findings.csv)")
    List<Path> folders;

    @Option(names = "--seed", required = true, paramLabel = "SEED", description = "seed of the random draw")
    long seed;

    @Option(names = "--size", paramLabel = "N", defaultValue = "80",
            description = "findings to draw (default: ${DEFAULT-VALUE}; all of them when fewer)")
    int size;

    @Option(names = "--severity", split = ",", paramLabel = "SEVERITY", defaultValue = "ERROR,WARNING",
            description = "severities drawn from (default: ${DEFAULT-VALUE})")
    List<String> severities;

    @Option(names = "--rule", split = ",", paramLabel = "RULE", description = "only these rules (default: all)")
    List<String> rules;

    @Option(names = "--corpus-dir", paramLabel = "PREFIX",
            description = "only findings whose source file (summary.csv) starts with PREFIX; repeatable")
    List<String> corpusDirs;

    @Option(names = "--out", required = true, paramLabel = "PREFIX",
            description = "ledger files: PREFIX.csv, PREFIX.md and PREFIX.renders.tsv (the pictures drawn)")
    Path out;

    @Option(names = "--png", paramLabel = "DIR",
            description = "folder for the page pictures (default: PREFIX-png beside the ledger); keep it out of git")
    Path png;

    @Option(names = "--no-render", description = "no pictures (the ledger's images column stays empty)")
    boolean noRender;

    @Option(names = "--carry", paramLabel = "LEDGER",
            description = "judged ledgers whose verdicts are carried over to a drawn finding that is the same finding "
                    + "(same document, rule, severity, pages, figures and message); the note says where from. Repeatable")
    List<Path> carry;

    @Option(names = "--split", paramLabel = "K", defaultValue = "0",
            description = "also write the sample in parts of K findings, PREFIX-partN.csv/.md, for several judges")
    int split;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (size < 0 || split < 0) {
            throw new CommandLine.ParameterException(cl, "--size and --split must be 0 or more");
        }
        List<FindingPool.Entry> all = new ArrayList<>();
        for (Path f : folders) {
            try {
                all.addAll(FindingPool.read(f));
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(cl, f + ": " + (e.getReason() == null ? "no such folder"
                        : e.getReason()));
            }
        }
        List<String> sev = severities.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
        List<FindingPool.Entry> pool = all.stream().filter(e -> sev.contains(e.severity()))
                .filter(e -> rules == null || rules.isEmpty() || rules.contains(e.rule()))
                .filter(e -> corpusDirs == null || corpusDirs.isEmpty()
                        || (e.file() != null && corpusDirs.stream().anyMatch(d -> e.file().startsWith(d))))
                .toList();
        List<FindingPool.Entry> drawn = Sampler.draw(pool, FindingPool.ORDER, seed, size);

        Path prefix = out.toAbsolutePath().normalize();
        Path ledgerDir = prefix.getParent();
        Files.createDirectories(ledgerDir);
        Path pngDir = png != null ? png.toAbsolutePath().normalize()
                : ledgerDir.resolve(prefix.getFileName() + "-png");
        Map<Integer, List<String>> images = noRender ? Map.of() : render(drawn, pngDir, cl.getErr());

        Map<String, LedgerRow> judged = new LinkedHashMap<>();
        Map<String, String> judgedIn = new LinkedHashMap<>();
        for (Path p : carry == null ? List.<Path>of() : carry) {
            for (LedgerRow r : Ledger.readCsv(p)) {
                if (r.judged() != null) {
                    judged.putIfAbsent(sameFinding(r), r);
                    judgedIn.putIfAbsent(sameFinding(r), p.getFileName() + " #" + r.sample());
                }
            }
        }
        List<LedgerRow> rows = new ArrayList<>();
        int carried = 0;
        for (int i = 0; i < drawn.size(); i++) {
            FindingPool.Entry e = drawn.get(i);
            LedgerRow row = new LedgerRow(i + 1, e.id(), e.corpus(), e.document(), e.file(), e.rule(), e.severity(),
                    e.message(), e.figures(), e.pagesText(), String.join(";", images.getOrDefault(i + 1, List.of())),
                    e.evidenceText(), "", "", "");
            LedgerRow before = judged.get(sameFinding(row));
            if (before != null) {
                row = new LedgerRow(row.sample(), row.id(), row.corpus(), row.document(), row.file(), row.rule(),
                        row.severity(), row.message(), row.figures(), row.pages(), row.images(), row.evidence(),
                        before.verdict(), before.cause(), "carried over from " + judgedIn.get(sameFinding(row))
                                + (before.note().isEmpty() ? "" : ": " + before.note()));
                carried++;
            }
            rows.add(row);
        }
        List<String> header = List.of("seed: " + seed,
                "drawn: " + rows.size() + " of " + pool.size() + " findings (" + String.join(",", sev)
                        + (rules == null || rules.isEmpty() ? "" : ", rules " + rules)
                        + (corpusDirs == null || corpusDirs.isEmpty() ? "" : ", files under " + corpusDirs)
                        + "), a simple random sample over all of them",
                "population: " + FindingPool.census(pool),
                "folders: " + folders.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        write(rows, header, prefix, ledgerDir);
        if (split > 0 && rows.size() > split) {
            int parts = (rows.size() + split - 1) / split;
            for (int k = 0; k < parts; k++) {
                List<LedgerRow> part = rows.subList(k * split, Math.min(rows.size(), (k + 1) * split));
                List<String> h = new ArrayList<>(header);
                h.add("part " + (k + 1) + " of " + parts + ": samples " + part.get(0).sample() + "–"
                        + part.get(part.size() - 1).sample());
                write(part, h, ledgerDir.resolve(prefix.getFileName() + "-part" + (k + 1)), ledgerDir);
            }
        }
        PrintWriter stdout = cl.getOut();
        stdout.printf("drew %d of %d findings (seed %d); ledger %s.csv%s%n", rows.size(), pool.size(), seed, prefix,
                carry == null || carry.isEmpty() ? "" : "; " + carried + " verdicts carried over");
        stdout.flush();
        return 0;
    }

    /** The same finding in two audits: same document, rule, severity, pages, figures and message. */
    static String sameFinding(LedgerRow r) {
        return String.join("\u0000", r.document(), r.rule(), r.severity(), r.pages(), r.figures(), r.message());
    }

    private static void write(List<LedgerRow> rows, List<String> header, Path prefix, Path ledgerDir) throws IOException {
        Ledger.writeCsv(rows, Path.of(prefix + ".csv"));
        Files.writeString(Path.of(prefix + ".md"), Ledger.markdown(rows, header, ledgerDir), StandardCharsets.UTF_8);
        StringBuilder tsv = new StringBuilder("sample\tfile\tpages\timages\n");
        for (LedgerRow r : rows) {
            tsv.append(r.sample()).append('\t').append(r.file()).append('\t').append(r.pages()).append('\t')
                    .append(r.images()).append('\n');
        }
        Files.writeString(Path.of(prefix + ".renders.tsv"), tsv, StandardCharsets.UTF_8);
    }

    /**
     * Sample number → the pictures of its cited pages ({@code 012-p6.png}), each page whole with the finding's places
     * on it highlighted. Documents are opened one at a time; a page that cannot be drawn is skipped with a note.
     */
    private static Map<Integer, List<String>> render(List<FindingPool.Entry> drawn, Path dir, PrintWriter err)
            throws IOException {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        Map<String, List<Integer>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            FindingPool.Entry e = drawn.get(i);
            if (e.file() != null && e.file().toLowerCase(Locale.ROOT).endsWith(".pdf") && !e.pages().isEmpty()) {
                byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(i);
            }
        }
        if (byFile.isEmpty()) {
            return out;
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, List<Integer>> f : byFile.entrySet()) {
            Path file = Path.of(f.getKey());
            if (!Files.isRegularFile(file)) {
                err.println("suanzhang sample: no such file, not rendered: " + file);
                continue;
            }
            try (EvidenceRenderer r = new EvidenceRenderer(file)) {
                for (int i : f.getValue()) {
                    FindingPool.Entry e = drawn.get(i);
                    for (int page : e.pages()) {
                        List<Box> boxes = e.evidence().stream().map(Evidence::place)
                                .filter(p -> p.page() == page && p.box() != null).map(p -> p.box()).toList();
                        try {
                            BufferedImage img = r.wholePage(page, boxes);
                            if (img != null) {
                                Path png = dir.resolve(String.format(Locale.ROOT, "%03d-p%d.png", i + 1, page));
                                ImageIO.write(img, "png", png.toFile());
                                out.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(png.toString());
                            }
                        } catch (IOException | RuntimeException ex) {
                            err.println("suanzhang sample: cannot draw page " + page + " of " + file + ": " + ex);
                        }
                    }
                }
            }
        }
        err.flush();
        return out;
    }
}

package io.github.suanzhang.bench;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.GridCell;
import io.github.suanzhang.extract.grid.LatticeGridFinder;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.PdfInput;
import io.github.suanzhang.testdata.Fixture;
import io.github.suanzhang.testdata.RealSamples;
import io.github.suanzhang.testdata.truth.GroundTruth;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.export.TextExportReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks' inputs, all built from the real samples bundled in {@code suanzhang-testdata}: never
 * generated numbers, so that the mix of cells, glyphs and rulings is the one real files have.
 */
public final class Inputs {
    /** The default sample: 中共上海市普陀区委社会工作部 2024 部门决算, 24 pages, nine lattice tables. */
    public static final String DEFAULT_PDF = "shanghai_putuo_shehuigongzuobu_2024_bumen_juesuan.pdf";

    /** The seed text export's name as a {@code source} parameter. */
    public static final String SEED = "seed";
    private static final String SEED_RESOURCE = "io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt";

    private Inputs() {
    }

    /** A file-system path to a bundled sample (a temporary copy when running from the uber-jar). */
    public static Path pdf(String name) {
        return RealSamples.path(name);
    }

    /** Every page of a bundled sample, scanned once (glyphs, rulings). */
    public static List<PageScan> scanAll(String name) throws ExtractionException {
        try (PdfInput in = PdfInput.open(pdf(name), ExtractOptions.DEFAULTS)) {
            List<ExtractionException> failures = new ArrayList<>();
            List<PageScan> pages = in.scanAll(failures::add);
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            return pages;
        }
    }

    /**
     * The text of every cell of every lattice grid of a bundled sample, in reading order: labels, codes,
     * figures, blanks and headers, as the number parser meets them.
     */
    public static List<String> cellTexts(String name) throws ExtractionException {
        List<String> out = new ArrayList<>();
        for (PageScan page : scanAll(name)) {
            for (Grid g : LatticeGridFinder.find(page, ExtractOptions.DEFAULTS.grid())) {
                for (GridCell c : g.cells()) {
                    out.add(String.join("\n", c.lines()));
                }
            }
        }
        return out;
    }

    /**
     * A disclosure holding the hand-checked tables of a bundled ground-truth file (every printed
     * figure of every standard table), as a reader would deliver them; no narrative.
     */
    public static Disclosure fromGroundTruth(String name) {
        GroundTruth t = GroundTruth.load(name);
        Fixture.DisclosureBuilder d = Fixture.disclosure()
                .entity(t.document().entity())
                .year(t.document().year())
                .type(DocumentType.valueOf(t.document().type()))
                .scope(Scope.valueOf(t.document().scope()));
        int n = 0;
        for (GroundTruth.TableTruth tt : t.tables()) {
            Fixture.TableBuilder b = Fixture.table("t" + (++n), TableKind.valueOf(tt.kind()),
                            tt.columns().toArray(String[]::new))
                    .title(tt.title())
                    .unit(Unit.ofLabel(tt.unit() == null ? "万元" : tt.unit()).orElse(Unit.TEN_THOUSAND_YUAN))
                    .page(tt.pages().isEmpty() ? 1 : tt.pages().get(0));
            if (tt.number() != null) {
                b.number(tt.number());
            }
            if (tt.emptyNote() != null) {
                b.emptyNote(tt.emptyNote());
            }
            if (isEconomic(tt)) {
                b.economic();
            }
            for (GroundTruth.RowTruth r : tt.rows()) {
                String[] cells = new String[tt.columns().size()];
                for (int c = 0; c < cells.length; c++) {
                    Map<String, String> v = r.values();
                    cells[c] = v.getOrDefault(tt.columns().get(c), "");
                }
                b.sideRow(r.side(), r.line(), subjectCode(r.code()), r.label(), cells);
            }
            d.table(b.build());
        }
        return d.build();
    }

    /**
     * The narrative paragraphs of a source: for {@link #SEED} the statements of the seed text export as
     * {@link TextExportReader} reads them; for a bundled PDF the text of every page that holds no lattice
     * table (its narrative pages), one paragraph per page.
     */
    public static List<String> narrative(String source) throws Exception {
        List<String> out = new ArrayList<>();
        if (SEED.equals(source)) {
            byte[] bytes;
            try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no " + SEED_RESOURCE + " on the classpath");
                }
                bytes = in.readAllBytes();
            }
            for (Statement st : new TextExportReader().read(bytes, "seed.txt").statements()) {
                out.add(st.text());
            }
            return out;
        }
        for (PageScan page : scanAll(source)) {
            if (LatticeGridFinder.find(page, ExtractOptions.DEFAULTS.grid()).isEmpty()) {
                out.add(page.rawText());
            }
        }
        return out;
    }

    /** A subject code (3, 5 or 7 digits); other codes (unit codes such as 024001) are no subject codes. */
    private static String subjectCode(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = code.length();
        return n == 3 || n == 5 || n == 7 ? code : null;
    }

    /** Economic classification codes (301, 30101, 50201) rather than functional ones (208, 20801…). */
    private static boolean isEconomic(GroundTruth.TableTruth t) {
        boolean any = false;
        for (GroundTruth.RowTruth r : t.rows()) {
            if (r.code() != null && !r.code().isEmpty()) {
                char c = r.code().charAt(0);
                if (c != '3' && c != '5') {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}

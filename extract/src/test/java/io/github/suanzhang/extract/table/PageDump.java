package io.github.suanzhang.extract.table;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.layout.PageClassifier;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.PdfInput;
import java.nio.file.Path;

/** Diagnostic: page kind, rulings, grids and the lines outside them. {@code PageDump file.pdf page}. */
public final class PageDump {
    public static void main(String[] args) throws Exception {
        try (PdfInput in = PdfInput.open(Path.of(args[0]), ExtractOptions.DEFAULTS)) {
            PageScan s = in.scan(Integer.parseInt(args[1]));
            System.out.println(PageClassifier.classify(s, ExtractOptions.DEFAULTS.pageKinds()));
            System.out.println("glyphs " + s.glyphs().size() + " rulings " + s.rulings().size() + " size " + s.width() + "x" + s.height());
            s.rulings().stream().limit(Integer.parseInt(args.length > 2 ? args[2] : "0")).forEach(System.out::println);
            TableLocator.PageLayout l = TableLocator.layout(s, ExtractOptions.DEFAULTS);
            for (Grid g : l.grids()) {
                System.out.println("grid " + g.box() + " " + g.rowCount() + "x" + g.colCount());
                for (int r = 0; r < Math.min(g.rowCount(), 8); r++) {
                    StringBuilder b = new StringBuilder("  ");
                    for (int c = 0; c < g.colCount(); c++) {
                        b.append(g.textAt(r, c)).append(" | ");
                    }
                    System.out.println(b);
                }
            }
            for (TextLine t : l.lines()) {
                System.out.println("line " + t.text() + "  " + t.box());
            }
        }
    }
}

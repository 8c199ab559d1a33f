package io.github.suanzhang.testdata;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small disclosures in code for rule tests, e.g.
 * <pre>{@code
 * Table t = Fixture.table("t03", TableKind.GENERIC, "total", "basic", "project")
 *     .row("2080101", "行政运行", "872.87", "872.87", "")
 *     .row(null, "合计", "1,553.51", "1,313.24", "240.27")
 *     .build();
 * Disclosure d = Fixture.disclosure().table(t).build();
 * }</pre>
 * Every cell gets a distinct place (page of the table, a box from its row and column) so that
 * evidence can be told apart. Figures are written as printed; commas are allowed; decimals are
 * taken from the text.
 */
public final class Fixture {
    private Fixture() {
    }

    /** A figure in 万元 as printed: {@code "1,553.51"}. */
    public static Amount wan(String printed) {
        return amount(printed, Unit.TEN_THOUSAND_YUAN);
    }

    /** A percentage as printed without the sign: {@code "10.7"}. */
    public static Amount percent(String printed) {
        return amount(printed.replace("%", ""), Unit.PERCENT);
    }

    public static Amount amount(String printed, Unit unit) {
        String s = printed.replace(",", "").strip();
        BigDecimal v = new BigDecimal(s);
        int dot = s.indexOf('.');
        int decimals = dot < 0 ? 0 : s.length() - dot - 1;
        return new Amount(v, decimals, unit, printed);
    }

    public static TableBuilder table(String id, TableKind kind, String... columnKeys) {
        return new TableBuilder(id, kind, columnKeys);
    }

    public static DisclosureBuilder disclosure() {
        return new DisclosureBuilder();
    }

    /** Builds one table. */
    public static final class TableBuilder {
        private final String id;
        private final TableKind kind;
        private final List<ColumnDef> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String title = "";
        private String number;
        private String emptyNote;
        private Unit unit = Unit.TEN_THOUSAND_YUAN;
        private Scheme scheme = Scheme.FUNCTIONAL;
        private int page = 1;

        TableBuilder(String id, TableKind kind, String... keys) {
            this.id = id;
            this.kind = kind;
            for (String k : keys) {
                columns.add(new ColumnDef(k, k));
            }
        }

        /** Gives the column {@code key} the printed header {@code label} (by default the key itself). */
        public TableBuilder label(String key, String label) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key().equals(key)) {
                    columns.set(i, new ColumnDef(key, label));
                }
            }
            return this;
        }

        public TableBuilder title(String t) {
            this.title = t;
            return this;
        }

        public TableBuilder number(String n) {
            this.number = n;
            return this;
        }

        public TableBuilder unit(Unit u) {
            this.unit = u;
            return this;
        }

        public TableBuilder page(int p) {
            this.page = p;
            return this;
        }

        /** Codes of the following rows are economic classification codes (301, 30101). */
        public TableBuilder economic() {
            this.scheme = Scheme.ECONOMIC;
            return this;
        }

        public TableBuilder note(String n) {
            notes.add(n);
            return this;
        }

        public TableBuilder emptyNote(String n) {
            this.emptyNote = n;
            return this;
        }

        /**
         * A line: code (null for none), label, one printed text per column ("" for no cell; {@code ?} or
         * {@code ?text} for a cell the reader could not read, {@link Cell#unreadable}).
         */
        public TableBuilder row(String code, String label, String... cells) {
            return sideRow(null, null, code, label, cells);
        }

        /** A line of a two-sided summary table: side 收入/支出 (null: none), 行次, label, cells. */
        public TableBuilder sideRow(String side, String lineNo, String code, String label, String... cells) {
            int r = rows.size();
            List<Cell> cs = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                String t = cells[c];
                Place p = Place.onPage(page, new Box(200 + 60 * c, 100 + 12 * r, 250 + 60 * c, 110 + 12 * r));
                if (t == null || t.isEmpty()) {
                    cs.add(null);
                } else if (t.startsWith("?")) {
                    cs.add(Cell.unreadable(t.substring(1), p));
                } else if (t.matches("-?[0-9,]+(\\.[0-9]+)?")) {
                    cs.add(new Cell(t, amount(t, unit), p, false));
                } else {
                    cs.add(Cell.text(t, p));
                }
            }
            SubjectCode sc = code == null ? null : new SubjectCode(code, scheme);
            rows.add(new Row(TableKind.Side.of(side), lineNo, sc, label, cs, Place.onPage(page, new Box(40, 100 + 12 * r, 560, 110 + 12 * r))));
            return this;
        }

        public Table build() {
            return new Table(id, kind, number, title, unit, List.of(page), columns, rows, notes, emptyNote,
                    Place.onPage(page, new Box(200, 60, 400, 75)), "code");
        }
    }

    /** Builds a disclosure. */
    public static final class DisclosureBuilder {
        private final List<Table> tables = new ArrayList<>();
        private final List<Statement> statements = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private DocumentType type = DocumentType.FINAL_ACCOUNTS;
        private Scope scope = Scope.UNIT;
        private Integer year = 2023;
        private String entity = "测试单位";
        private String section = "情况说明";

        public DisclosureBuilder type(DocumentType t) {
            this.type = t;
            return this;
        }

        public DisclosureBuilder scope(Scope s) {
            this.scope = s;
            return this;
        }

        public DisclosureBuilder year(Integer y) {
            this.year = y;
            return this;
        }

        public DisclosureBuilder entity(String e) {
            this.entity = e;
            return this;
        }

        public DisclosureBuilder table(Table t) {
            tables.add(t);
            return this;
        }

        public DisclosureBuilder problem(Problem p) {
            problems.add(p);
            return this;
        }

        /** The section (heading) of the sentences added after this call; 情况说明 until set. */
        public DisclosureBuilder section(String s) {
            this.section = s;
            return this;
        }

        /** A sentence with its claims, placed on line {@code 1000 + index} of a text export. */
        public DisclosureBuilder statement(String text, Claim... claims) {
            statements.add(new Statement(text, section, Place.atLine(1000 + statements.size()), List.of(claims)));
            return this;
        }

        public Disclosure build() {
            return new Disclosure(Source.inCode("fixture"), new DocumentInfo(entity, year, type, scope, Unit.TEN_THOUSAND_YUAN, null),
                    tables, statements, problems);
        }
    }
}

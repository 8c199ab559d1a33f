package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.Seed;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectIndexTest {
    private final SubjectIndex index = SubjectIndex.of(Seed.tables().build());

    @Test
    void by_code_mark_triple_and_name() {
        assertEquals(SubjectCode.functional("210"), index.resolve("卫生健康支出(210类)", null, Map.of()).code());
        assertEquals(SubjectCode.functional("210"), index.resolve("卫生健康支出(类)", null, Map.of()).code());
        assertEquals(Optional.of(SubjectCode.functional("2080505")),
                index.byTriple("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位养老保险缴费支出"));
        assertEquals(Optional.empty(), index.byTriple("一般公共服务支出", "财政事务", "行政运行"));
        assertEquals(SubjectCode.functional("2080101"), index.resolve("行政运行", null, Map.of()).code());
        assertEquals(SubjectIndex.Resolution.Kind.UNKNOWN, index.resolve("教育支出", null, Map.of()).kind());
        // 住房公积金 is 2210201 (functional) and 30113 (economic): the functional line wins
        assertEquals(SubjectCode.functional("2210201"), index.resolve("住房公积金", null, Map.of()).code());
    }

    @Test
    void a_name_two_codes_carry_is_ambiguous_unless_a_partial_code_mark_narrows_it() {
        Disclosure d = Fixture.disclosure()
                .table(Fixture.table("t03", TableKind.FINAL_EXPENDITURE, "code", "name", "total")
                        .row("2010101", "行政运行", "", "", "10.00")
                        .row("2080101", "行政运行", "", "", "20.00")
                        .row("2080102", "一般行政管理事务", "", "", "5.00").build())
                .build();
        SubjectIndex i = SubjectIndex.of(d);
        assertEquals(SubjectIndex.Resolution.Kind.AMBIGUOUS, i.resolve("行政运行", null, Map.of()).kind());
        assertEquals(SubjectIndex.Resolution.Kind.AMBIGUOUS, i.resolve("行政运行（01项）", null, Map.of()).kind());
        // an incomplete triple (no 款) does not resolve top-down, and the bare name stays ambiguous
        assertEquals(SubjectIndex.Resolution.Kind.AMBIGUOUS,
                i.resolve("行政运行", null, names("社会保障和就业支出", null, "行政运行")).kind());
    }

    @Test
    void general_subjects_map_to_their_cells() {
        List<TableFigure> f = index.general("本年支出合计", Measure.ACTUAL);
        assertEquals(List.of("t01", "t03"), f.stream().map(x -> x.table().id()).toList());
        assertEquals(List.of("t06"), index.general("人员经费", Measure.ACTUAL).stream().map(x -> x.table().id()).toList());
        assertEquals(List.of("budget_total"), index.general("\"三公\"经费", Measure.BUDGET).stream().map(TableFigure::column).toList());
        assertEquals(List.of(), index.general("基本支出", Measure.INITIAL_BUDGET));
        assertEquals(List.of("t03", "t05", "t01", "t04"),
                index.figures(amount("卫生健康支出", null, "167.24", names("卫生健康支出", null, null)), Measure.ACTUAL)
                        .stream().map(x -> x.table().id()).toList());
    }

    @Test
    void 三公各项按行列出时_取本项之行() {
        // 行政经费 / “三公”经费 / 其中:(一)因公出国(境)支出 … as lines, 合计 a column: the first line is not the 三公 total
        Disclosure d = Fixture.disclosure().type(io.github.suanzhang.core.doc.DocumentType.BUDGET).year(2026)
                .table(Fixture.table("t08", TableKind.BUDGET_THREE_PUBLIC, "item", "total")
                        .row(null, "行政经费", "行政经费", "523.62")
                        .row(null, "“三公”经费", "“三公”经费", "26.11")
                        .row(null, "其中:(一)因公出国(境)支出", "其中:(一)因公出国(境)支出", "0.00")
                        .row(null, "(三)公务接待费支出", "(三)公务接待费支出", "1.31").build())
                .build();
        SubjectIndex i = SubjectIndex.of(d);
        assertEquals(List.of("26.11"), i.general("\"三公\"经费", Measure.BUDGET).stream().map(f -> f.amount().plain()).toList());
        assertEquals(List.of(), i.general("公务接待费", Measure.BUDGET).stream().map(f -> f.amount().plain()).toList());
        assertEquals(List.of(), i.general("因公出国(境)费", Measure.BUDGET).stream().map(f -> f.amount().plain()).toList());
        // the items are read from their own columns only, which this layout lacks: nothing rather than the first line
        assertEquals(List.of(), i.general("公务用车购置费", Measure.BUDGET));
    }
}

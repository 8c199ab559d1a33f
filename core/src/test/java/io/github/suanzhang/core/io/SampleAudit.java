package io.github.suanzhang.core.io;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small audit touching every part of the model, with figures from the seed document. */
final class SampleAudit {
    private SampleAudit() {
    }

    static Amount wan(String v, String raw) {
        BigDecimal b = new BigDecimal(v);
        return new Amount(b, b.scale(), Unit.TEN_THOUSAND_YUAN, raw);
    }

    static Audit build() {
        Place p1 = Place.onPage(3, new Box(120.5, 200.25, 180.0, 212.0));
        Table summary = new Table("t01", TableKind.GENERIC, "公开01表", "收入支出决算总表", Unit.TEN_THOUSAND_YUAN, List.of(3),
                List.of(new ColumnDef("amount", "决算数")),
                List.of(new Row(TableKind.Side.INCOME, "1", null, "一、一般公共预算财政拨款收入", List.of(Cell.of(wan("1553.51", "1, 553. 51"), p1)),
                                Place.onPage(3, new Box(40, 200, 300, 212))),
                        new Row(TableKind.Side.EXPENDITURE, "32", null, "八、社会保障和就业支出", List.of(Cell.of(wan("1225.06", "1,225.06"),
                                Place.onPage(3, new Box(400, 200, 460, 212)))), null)),
                List.of("27行=(1+2+3+4+5+6+7+8)行"), null, Place.onPage(3, new Box(200, 60, 400, 80)), "lattice");
        Cell repaired = new Cell("1, 553, 51", wan("1553.51", "1, 553, 51"), Place.atLine(120), true);
        Table expenditure = new Table("t03", TableKind.GENERIC, null, "支出决算表", Unit.TEN_THOUSAND_YUAN, List.of(5, 6),
                List.of(new ColumnDef("total", "本年支出合计"), new ColumnDef("basic", "基本支出"), new ColumnDef("project", "项目支出")),
                List.of(new Row(null, null, SubjectCode.functional("2080101"), "行政运行",
                                Arrays.asList(Cell.of(wan("872.87", "872.87"), Place.onPage(5, new Box(300, 400, 340, 410))),
                                        Cell.of(wan("872.87", "872.87"), Place.onPage(5, new Box(350, 400, 390, 410))), null),
                                Place.onPage(5, new Box(40, 400, 560, 410))),
                        new Row(null, null, null, "合计", Arrays.asList(repaired, Cell.text("", Place.UNKNOWN), null), null)),
                List.of(), null, Place.UNKNOWN, "text");
        Table empty = new Table("t07", TableKind.GENERIC, "公开07表", "政府性基金预算财政拨款收入支出决算表", Unit.TEN_THOUSAND_YUAN,
                List.of(9), List.of(), List.of(), List.of(), "本单位无政府性基金预算财政拨款收入支出，故本表为空表。", Place.UNKNOWN, "text");
        Map<String, Amount> cf = new LinkedHashMap<>();
        cf.put("amount", wan("872.88", "872.88万元"));
        Claim amount = new Claim(ClaimKind.AMOUNT, "行政运行(项)支出决算为872.88万元", "行政运行", SubjectCode.functional("2080101"),
                cf, null, null, Map.of("类", "一般公共服务支出", "款", "财政事务", "项", "行政运行"), Place.atLine(301));
        Map<String, Amount> pf = new LinkedHashMap<>();
        pf.put("share", wan("167.24", "167.24万元"));
        pf.put("percent", new Amount(new BigDecimal("10.7"), 1, Unit.PERCENT, "10.7%"));
        Claim share = new Claim(ClaimKind.SHARE, "卫生健康支出167.24万元，占10.7%", "卫生健康支出", SubjectCode.functional("210"),
                pf, Direction.UP, 2023, Map.of("of", "本年支出合计"), Place.atLine(310));
        Statement s = new Statement("行政运行(项)支出决算为872.88万元。", "情况说明", Place.atLine(301), List.of(amount, share));
        Finding f = new Finding("narrative.amount", Severity.WARNING,
                "说明中行政运行（2080101）为872.88万元，表中为872.87万元，相差0.01万元。",
                new LinkedHashMap<>(Map.of("stated", wan("872.88", "872.88万元"))),
                List.of(Evidence.at(Place.atLine(301), "872.88万元"),
                        new Evidence(Place.onPage(5, new Box(300, 400, 340, 410)), "872.87", "t03", 0, "total")));
        Disclosure d = new Disclosure(new Source("seed.txt", "ab12", 0, "text", null),
                new DocumentInfo("武汉市人力资源和社会保障局汉阳社会保险管理处", 2023, DocumentType.FINAL_ACCOUNTS, Scope.UNIT,
                        Unit.TEN_THOUSAND_YUAN, "2023年度单位决算公开"),
                List.of(summary, expenditure, empty), List.of(s),
                List.of(new Problem(ProblemKind.NO_TEXT_LAYER, "第2页没有文字层（扫描图像）", Place.onPage(2, null)),
                        Problem.of(ProblemKind.OTHER, "whole-document problem")));
        return new Audit(d, List.of(f));
    }
}

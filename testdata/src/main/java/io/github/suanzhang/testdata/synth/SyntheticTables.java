package io.github.suanzhang.testdata.synth;

import io.github.suanzhang.core.table.TableKind;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Ready-made {@link SyntheticTable}s: 一般公共预算财政拨款支出决算表 (公开05表) with 合计 / 基本支出 / 项目支出,
 * built from real 支出功能分类 codes and names. Figures are drawn from a seeded {@link Random} for each 项
 * (two decimals, up to 1,500 万元, some blank: the size of a 区 department's figures), and every 款, 类 and the 合计 line is the exact sum of its parts, with
 * 合计 = 基本支出 + 项目支出 on every line, so the reconcile rules hold on the tables.
 */
public final class SyntheticTables {
    private SyntheticTables() {
    }

    public static final String TITLE = "一般公共预算财政拨款支出决算表";
    public static final String UNIT_LINE = "单位：万元";

    /** 类, 款 and 项 names of the 2024 支出功能分类科目 used here, in code order. */
    static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        String[] table = {
            "201", "一般公共服务支出",
            "20101", "人大事务",
            "2010101", "行政运行", "2010102", "一般行政管理事务", "2010104", "人大会议", "2010108", "代表工作",
            "2010199", "其他人大事务支出",
            "20103", "政府办公厅（室）及相关机构事务",
            "2010301", "行政运行", "2010302", "一般行政管理事务", "2010350", "事业运行",
            "2010399", "其他政府办公厅（室）及相关机构事务支出",
            "20106", "财政事务",
            "2010601", "行政运行", "2010602", "一般行政管理事务", "2010607", "信息化建设",
            "2010608", "财政委托业务支出", "2010650", "事业运行", "2010699", "其他财政事务支出",
            "20111", "纪检监察事务",
            "2011101", "行政运行", "2011102", "一般行政管理事务", "2011104", "大案要案查处",
            "205", "教育支出",
            "20508", "进修及培训",
            "2050803", "培训支出",
            "207", "文化旅游体育与传媒支出",
            "20701", "文化和旅游",
            "2070101", "行政运行", "2070109", "群众文化",
            "208", "社会保障和就业支出",
            "20805", "行政事业单位养老支出",
            "2080501", "行政单位离退休", "2080502", "事业单位离退休", "2080505", "机关事业单位基本养老保险缴费支出",
            "2080506", "机关事业单位职业年金缴费支出", "2080599", "其他行政事业单位养老支出",
            "20808", "抚恤",
            "2080801", "死亡抚恤",
            "210", "卫生健康支出",
            "21011", "行政事业单位医疗",
            "2101101", "行政单位医疗", "2101102", "事业单位医疗", "2101103", "公务员医疗补助",
            "211", "节能环保支出",
            "21101", "环境保护管理事务",
            "2110101", "行政运行",
            "212", "城乡社区支出",
            "21201", "城乡社区管理事务",
            "2120101", "行政运行", "2120104", "城管执法",
            "214", "交通运输支出",
            "21401", "公路水路运输",
            "2140101", "行政运行",
            "21406", "车辆购置税支出",
            "2140601", "车辆购置税用于公路等基础设施建设支出",
            "221", "住房保障支出",
            "22102", "住房改革支出",
            "2210201", "住房公积金", "2210202", "提租补贴", "2210203", "购房补贴",
        };
        for (int i = 0; i < table.length; i += 2) {
            NAMES.put(table[i], table[i + 1]);
        }
    }

    /** The 项 codes of a one-page table, like 上海普陀财政局 2024 p15. */
    static final List<String> SMALL = List.of("2010601", "2010602", "2010607", "2010608", "2080501", "2080505",
            "2080506", "2080599", "2101101", "2140601", "2210201", "2210203");

    /** A one-page 公开05表 of 12 项 (with their 5 类 and 5 款 lines and 合计: 23 lines); 行政运行 is 1,553.51. */
    public static SyntheticTable small(long seed) {
        return generalBudgetExpenditure(SMALL, seed);
    }

    /** A 公开05表 with every 项 of {@link #NAMES} (38 项, 62 lines with 9 类, 14 款 and 合计): three A4 pages. */
    public static SyntheticTable large(long seed) {
        return generalBudgetExpenditure(NAMES.keySet().stream().filter(c -> c.length() == 7).toList(), seed);
    }

    /**
     * A 公开05表 over the given 项 codes (in code order): figures drawn from {@code seed}; 2010601 行政运行
     * always has 基本支出 1,553.51 (the figure of the examples) and no 项目支出.
     */
    public static SyntheticTable generalBudgetExpenditure(List<String> itemCodes, long seed) {
        Random random = new Random(seed);
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>(); // code → {basic, project}, 类 and 款 and 项
        BigDecimal[] total = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
        for (String code : itemCodes) {
            if (!NAMES.containsKey(code)) {
                throw new IllegalArgumentException("no name for " + code);
            }
            BigDecimal basic;
            BigDecimal project;
            if (code.equals("2010601")) {
                basic = new BigDecimal("1553.51");
                project = BigDecimal.ZERO.setScale(2);
            } else {
                int shape = random.nextInt(4); // 0: basic only, 1: project only, 2–3: both
                basic = shape == 1 ? BigDecimal.ZERO.setScale(2) : cents(random, shape == 0 ? 600 : 300);
                project = shape == 0 ? BigDecimal.ZERO.setScale(2) : cents(random, shape == 1 ? 1_500 : 400);
            }
            for (String c : List.of(code.substring(0, 3), code.substring(0, 5), code)) {
                BigDecimal[] s = sums.computeIfAbsent(c, k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2)});
                s[0] = s[0].add(basic);
                s[1] = s[1].add(project);
            }
            total[0] = total[0].add(basic);
            total[1] = total[1].add(project);
        }
        List<SyntheticTable.Line> lines = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
            lines.add(line(e.getKey(), NAMES.get(e.getKey()), e.getValue()));
        }
        lines.add(line(null, "合计", total));
        return new SyntheticTable(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, TITLE, UNIT_LINE,
                List.of(new SyntheticTable.Column("total", "合计"), new SyntheticTable.Column("basic", "基本支出"),
                        new SyntheticTable.Column("project", "项目支出")),
                lines);
    }

    /** Up to {@code max} 万元 with two decimals, at least 0.01. */
    private static BigDecimal cents(Random random, int max) {
        return BigDecimal.valueOf(1 + random.nextInt(max * 100), 2);
    }

    private static SyntheticTable.Line line(String code, String name, BigDecimal[] basicProject) {
        BigDecimal sum = basicProject[0].add(basicProject[1]);
        return new SyntheticTable.Line(code, name, List.of(print(sum), print(basicProject[0]), print(basicProject[1])));
    }

    /** {@code 1,553.51}; a zero prints as a blank cell, as the templates do. */
    static String print(BigDecimal v) {
        if (v.signum() == 0) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}

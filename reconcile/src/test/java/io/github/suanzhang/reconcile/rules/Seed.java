package io.github.suanzhang.reconcile.rules;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.attrs;
import static io.github.suanzhang.reconcile.rules.Claims.change;
import static io.github.suanzhang.reconcile.rules.Claims.classNames;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static io.github.suanzhang.reconcile.rules.Claims.direction;
import static io.github.suanzhang.reconcile.rules.Claims.names;
import static io.github.suanzhang.reconcile.rules.Claims.share;
import static io.github.suanzhang.reconcile.rules.Claims.yearReference;

import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;

/**
 * The seed document (/work/shared/seed/000_14ea87654821cfd7.txt, 2023年度 汉阳社会保险管理处 单位决算) built
 * in code: its tables as printed (values read off the text export) and its narrative sentences with the
 * claims the conventions give them. Sentences without checkable figures are left out.
 */
public final class Seed {
    private Seed() {
    }

    static final String[] CODED = {
        "208", "社会保障和就业支出", "1,225.06", "984.79", "240.27",
        "20801", "人力资源和社会保障管理事务", "1,113.14", "872.87", "240.27",
        "2080101", "行政运行", "872.87", "872.87", "",
        "2080109", "社会保险经办机构", "240.27", "", "240.27",
        "20805", "行政事业单位养老支出", "111.92", "111.92", "",
        "2080501", "行政单位离退休", "5.95", "5.95", "",
        "2080505", "机关事业单位基本养老保险缴费支出", "105.97", "105.97", "",
        "210", "卫生健康支出", "167.24", "167.24", "",
        "21011", "行政事业单位医疗", "167.24", "167.24", "",
        "2101101", "行政单位医疗", "72.67", "72.67", "",
        "2101103", "公务员医疗补助", "94.57", "94.57", "",
        "221", "住房保障支出", "161.21", "161.21", "",
        "22102", "住房改革支出", "161.21", "161.21", "",
        "2210201", "住房公积金", "106.73", "106.73", "",
        "2210202", "提租补贴", "18.29", "18.29", "",
        "2210203", "购房补贴", "36.19", "36.19", "",
    };

    static Table coded(String id, TableKind kind, String number, String title, boolean income) {
        Fixture.TableBuilder t = income
                ? Fixture.table(id, kind, "code", "name", "total", "fiscal_allocation")
                : Fixture.table(id, kind, "code", "name", "total", "basic", "project");
        t.number(number).title(title);
        if (income) {
            t.row(null, "合计", "", "", "1,553.51", "1,553.51");
        } else {
            t.row(null, "合计", "", "", "1,553.51", "1,313.24", "240.27");
        }
        for (int i = 0; i < CODED.length; i += 5) {
            if (income) {
                t.row(CODED[i], CODED[i + 1], "", "", CODED[i + 2], CODED[i + 2]);
            } else {
                t.row(CODED[i], CODED[i + 1], "", "", CODED[i + 2], CODED[i + 3], CODED[i + 4]);
            }
        }
        return t.build();
    }

    public static Table t01() {
        return Fixture.table("t01", TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, "item", "line", "total")
                .number("公开01表").title("2023年度收入支出决算总表").page(3)
                .sideRow("收入", "1", null, "一、一般公共预算财政拨款收入", "", "", "1,553.51")
                .sideRow("支出", "39", null, "八、社会保障和就业支出", "", "", "1,225.06")
                .sideRow("支出", "40", null, "九、卫生健康支出", "", "", "167.24")
                .sideRow("支出", "50", null, "十九、住房保障支出", "", "", "161.21")
                .sideRow("收入", "27", null, "本年收入合计", "", "", "1,553.51")
                .sideRow("支出", "58", null, "本年支出合计", "", "", "1,553.51")
                .sideRow("收入", "31", null, "总计", "", "", "1,553.51")
                .sideRow("支出", "62", null, "总计", "", "", "1,553.51")
                .build();
    }

    public static Table t04() {
        return Fixture.table("t04", TableKind.FINAL_FISCAL_SUMMARY, "item", "line", "total", "general_budget")
                .number("公开04表").title("2023年度财政拨款收入支出决算总表").page(6)
                .sideRow("收入", "1", null, "一、一般公共预算财政拨款", "", "", "1,553.51", "")
                .sideRow("支出", "40", null, "八、社会保障和就业支出", "", "", "1,225.06", "1,225.06")
                .sideRow("支出", "41", null, "九、卫生健康支出", "", "", "167.24", "167.24")
                .sideRow("支出", "51", null, "十九、住房保障支出", "", "", "161.21", "161.21")
                .sideRow("收入", "27", null, "本年收入合计", "", "", "1,553.51", "")
                .sideRow("支出", "59", null, "本年支出合计", "", "", "1,553.51", "1,553.51")
                .sideRow("收入", "32", null, "总计", "", "", "1,553.51", "")
                .sideRow("支出", "64", null, "总计", "", "", "1,553.51", "1,553.51")
                .build();
    }

    public static Table t06() {
        return Fixture.table("t06", TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, "code", "name", "total")
                .number("公开06表").title("2023年度一般公共预算财政拨款基本支出决算明细表").page(8).economic()
                .row("301", "工资福利支出", "", "", "1,188.43")
                .row("30113", "住房公积金", "", "", "106.73")
                .row("303", "对个人和家庭的补助", "", "", "19.46")
                .row("302", "商品和服务支出", "", "", "105.35")
                .row("30231", "公务用车运行维护费", "", "", "1.93")
                .row(null, "人员经费合计", "", "", "1,207.89")
                .row(null, "公用经费合计", "", "", "105.35")
                .build();
    }

    public static Table t09() {
        return Fixture.table("t09", TableKind.FINAL_THREE_PUBLIC, "budget_total", "budget_outbound", "budget_vehicle",
                        "budget_vehicle_purchase", "budget_vehicle_operation", "budget_reception", "actual_total",
                        "actual_outbound", "actual_vehicle", "actual_vehicle_purchase", "actual_vehicle_operation",
                        "actual_reception")
                .number("公开09表").title("2023年度财政拨款\"三公\"经费支出决算表").page(11)
                .row(null, "", "1.93", "", "1.93", "", "1.93", "", "1.93", "", "1.93", "", "1.93", "")
                .build();
    }

    static Fixture.TableBuilder selfEval(String id, String title, int page) {
        return Fixture.table(id, TableKind.PERFORMANCE_SELF_EVALUATION, "level1", "level2", "indicator", "weight",
                "target", "actual", "score").title(title).page(page);
    }

    /** 整体绩效自评表: 预算数 1,553.51, 执行数 1,553.51, 100%, 总分 99.36. */
    public static Table unitSelfEvaluation() {
        return selfEval("t10", "2023年度武汉市人力资源和社会保障局汉阳社会保险管理处整体绩效自评表", 30)
                .row(null, "预算执行情况", "预算执行情况", "", "", "20", "1,553.51", "1,553.51", "20")
                .row(null, "执行率(B/A)", "预算执行情况", "", "执行率(B/A)", "", "", "100%", "")
                .row(null, "", "产出指标", "数量指标", "月业务经办量", "4", "10,000", "22,186", "4")
                .row(null, "", "产出指标", "数量指标", "宣传资料发放量", "4", "600份", "全年超过6,000份", "4")
                .row(null, "", "产出指标", "数量指标", "对参保对象组织开展稽核量", "4", "300人次", "938人次", "4")
                .row(null, "", "产出指标", "数量指标", "养老失业工伤保险扩面", "4", "19,200人次", "19,012人次", "3.96")
                .row(null, "", "产出指标", "数量指标", "咨询电话接通率", "4", "100%", "85%", "3.4")
                .row(null, "", "产出指标", "数量指标", "社会保险业务培训量", "4", "500人次", "1,262人次", "4")
                .row(null, "", "产出指标", "质量指标", "编外人员工资足额发放率", "5", "100%", "100%", "5")
                .row(null, "", "产出指标", "质量指标", "信访件按时办结率", "5", "100%", "100%", "5")
                .row(null, "", "产出指标", "时效指标", "合同人员合法权益保障率", "6", "100%", "100%", "6")
                .row(null, "", "效益指标", "社会效益指标", "社会保险综合覆盖率", "15", "98.5%以上", "99%", "15")
                .row(null, "", "效益指标", "社会效益指标", "因社会保障问题发生重大群体性事件", "15", "0", "0", "15")
                .row(null, "", "效益指标", "满意度指标", "来信来访件处理满意率", "10", "95%", "100%", "10")
                .row(null, "总分", "总分", "", "", "", "", "", "99.36分")
                .build();
    }

    /** 社会保险业务工作经费项目自评表: 预算数 240.27, 执行数 240.27, 100%, 总分 99.2. */
    public static Table projectSelfEvaluation() {
        return selfEval("t11", "社会保险业务工作经费项目自评表", 33)
                .row(null, "预算执行情况", "预算执行情况", "", "", "20", "240.27", "240.27", "20")
                .row(null, "执行率(B/A)", "预算执行情况", "", "执行率(B/A)", "", "", "100%", "")
                .row(null, "", "产出指标", "数量指标", "月业务经办量", "5", "10,000", "22,186", "5")
                .row(null, "", "产出指标", "数量指标", "宣传资料发放量", "5", "600份", "全年超过6,000份", "5")
                .row(null, "", "产出指标", "数量指标", "对参保对象组织开展稽核量", "5", "300人次", "938人次", "5")
                .row(null, "", "产出指标", "数量指标", "养老失业工伤保险扩面", "5", "19,200人次", "19,012人次", "4.95")
                .row(null, "", "产出指标", "数量指标", "咨询电话接通率", "5", "100%", "85%", "4.25")
                .row(null, "", "产出指标", "数量指标", "社会保险业务培训量", "5", "500人次", "1,262人次", "5")
                .row(null, "", "产出指标", "质量指标", "编外人员工资足额发放率", "5", "100%", "100%", "5")
                .row(null, "", "产出指标", "时效指标", "信访件按时办结率", "5", "100%", "100%", "5")
                .row(null, "", "效益指标", "社会效益指标", "社会保险综合覆盖率", "10", "98.5%以上", "99%", "10")
                .row(null, "", "效益指标", "社会效益指标", "无因社会保障问题发生重大群体性事件", "10", "无", "无", "10")
                .row(null, "", "效益指标", "社会效益指标", "合同人员合法权益率", "10", "100%", "100%", "10")
                .row(null, "", "效益指标", "满意度指标", "来信来访件处理满意率", "10", "95%", "100%", "10")
                .row(null, "总分", "总分", "", "", "", "", "", "99.2分")
                .build();
    }

    public static Fixture.DisclosureBuilder tables() {
        return Fixture.disclosure().year(2023).entity("武汉市人力资源和社会保障局汉阳社会保险管理处")
                .table(t01())
                .table(coded("t02", TableKind.FINAL_INCOME, "公开02表", "2023年度收入决算表", true))
                .table(coded("t03", TableKind.FINAL_EXPENDITURE, "公开03表", "2023年度支出决算表", false))
                .table(t04())
                .table(coded("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "公开05表", "2023年度一般公共预算财政拨款支出决算表", false))
                .table(t06())
                .table(t09())
                .table(unitSelfEvaluation())
                .table(projectSelfEvaluation());
    }

    /** Index of the sentence with seed item 1 (行政运行 872.88) and 3 (its class names). */
    public static final int ITEM_1_AND_3 = 18;

    public static Disclosure disclosure() {
        String u = "一般公共预算财政拨款支出";
        return tables()
                .statement("2023年度收、支总计1,553.51万元。", amount("收、支总计", "总计", "1,553.51"))
                .statement("与2022年度相比,收、支总计各减少244.12万元,下降13.6%,主要原因是人员减少使人员经费开支减少。",
                        change("收、支总计", Direction.DOWN, null, null, "244.12", "13.6", 2022, "2022年度"))
                .statement("2023年度收入合计1,553.51万元,与2022年度相比,收入合计减少244.12万元,下降13.6%。",
                        amount("收入合计", "收入", "1,553.51"),
                        change("收入合计", Direction.DOWN, null, null, "244.12", "13.6", 2022, "2022年度"))
                .statement("其中: 财政拨款收入1,553.51万元,占本年收入100%。",
                        amount("财政拨款收入", "收入", "1,553.51"), share("财政拨款收入", "1,553.51", "100", "本年收入", null))
                .statement("2023年度支出合计1,553.51万元,与2022年度相比,支出合计减少244.12万元,下降13.6%。",
                        amount("支出合计", "支出", "1,553.51"),
                        change("支出合计", Direction.DOWN, null, null, "244.12", "13.6", 2022, "2022年度"))
                .statement("其中:基本支出1,313.24万元,占本年支出84.5%;项目支出240.27万元,占本年支出15.5%。",
                        amount("基本支出", null, "1,313.24"), share("基本支出", "1,313.24", "84.5", "本年支出", null),
                        amount("项目支出", null, "240.27"), share("项目支出", "240.27", "15.5", "本年支出", null))
                .statement("2023年度财政拨款收、支总计1,553.51万元。", amount("财政拨款收、支总计", "总计", "1,553.51"))
                .statement("与2022年度相比,财政拨款收、支总计各减少244.12万元,下降13.6%。",
                        change("财政拨款收、支总计", Direction.DOWN, null, null, "244.12", "13.6", 2022, "2022年度"))
                .statement("2023年度财政拨款收入中,一般公共预算财政拨款收入 1,553.51万元,比 2022 年度决算数减少244.12万元。",
                        amount("一般公共预算财政拨款收入", "收入", "1,553.51"),
                        change("一般公共预算财政拨款收入", Direction.DOWN, null, null, "244.12", null, 2022, "2022年度决算数"))
                .statement("减少主要原因是人员减少使人员经费开支减少,疫情结束后相关费用减少使办公经费开支减少。",
                        direction("一般公共预算财政拨款收入", Direction.DOWN, "减少主要原因是"))
                .statement("2023年度一般公共预算财政拨款支出1,553.51万元,占本年支出合计的100%。",
                        amount(u, "支出", "1,553.51"), share(u, "1,553.51", "100", "本年支出合计", null))
                .statement("与2022年度相比,一般公共预算财政拨款支出减少244.12万元,下降13.6%。",
                        change(u, Direction.DOWN, null, null, "244.12", "13.6", 2022, "2022年度"))
                .statement("2023年度一般公共预算财政拨款支出1,553.51万元,主要用于以下方面:", amount(u, "支出", "1,553.51"))
                .statement("1. 一般公共服务(类)支出1,225.06万元,占78.9%。",
                        classNames("一般公共服务", null, null),
                        amount("一般公共服务", "支出", "1,225.06", names("一般公共服务", null, null)),
                        share("一般公共服务", "1,225.06", "78.9", null, u))
                .statement("2. 卫生健康支出(类)167.24万元,占10.7%。",
                        amount("卫生健康支出", null, "167.24", names("卫生健康支出", null, null)),
                        share("卫生健康支出", "167.24", "10.7", null, u))
                .statement("3. 住房保障支出(类)161.21万元,占10.4%。",
                        amount("住房保障支出", null, "161.21", names("住房保障支出", null, null)),
                        share("住房保障支出", "161.21", "10.4", null, u))
                .statement("2023年度一般公共预算财政拨款支出年初预算为1,591.17万元, 支出决算为1,553.51万元, 完成年初预算的97.6%。",
                        completion(u, "1,591.17", "1,553.51", "97.6", attrs()))
                .statement("其中:基本支出1,313.24万元, 项目支出240.27万元。项目支出主要用于社会保险业务工作经费240.27万元。",
                        amount("基本支出", null, "1,313.24"), amount("项目支出", null, "240.27"),
                        amount("社会保险业务工作经费", null, "240.27"))
                .statement("1. 一般公共服务支出(类)财政事务(款)行政运行(项)。年初预算为917.66万元,支出决算为872.88万元,完成年初预算的95.1%,"
                                + "支出决算数小于年初预算数的主要原因:在职人员减少,年中调整了预算。",
                        classNames("一般公共服务支出", "财政事务", "行政运行"),
                        completion("行政运行", "917.66", "872.88", "95.1", names("一般公共服务支出", "财政事务", "行政运行")),
                        direction("行政运行", Direction.DOWN, "支出决算数小于年初预算数的主要原因"))
                .statement("2. 社会保障和就业支出(类)人力资源和社会保障管理事务(款)社会保险经办机构(项)。年初预算为213.55万元,支出决算为240.27万元,"
                                + "完成年初预算的112.5%,增长主要原因是年中追加了合同人员经费。",
                        completion("社会保险经办机构", "213.55", "240.27", "112.5", names("社会保障和就业支出", "人力资源和社会保障管理事务", "社会保险经办机构")),
                        direction("社会保险经办机构", Direction.UP, "增长主要原因是"))
                .statement("3. 社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)。年初预算为8.57万元,支出决算为5.95万元,"
                                + "完成年初预算69.4%,增加主要原因是本年未安排体检,相关费用减少。",
                        completion("行政单位离退休", "8.57", "5.95", "69.4", names("社会保障和就业支出", "行政事业单位养老支出", "行政单位离退休")),
                        direction("行政单位离退休", Direction.UP, "增加主要原因是"))
                .statement("4. 社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)。年初预算为110.17万元,"
                                + "支出决算为105.97万元,完成年初预算的96.2%,减少主要原因是年中有职工退休,减少相应支出。",
                        completion("机关事业单位基本养老保险缴费支出", "110.17", "105.97", "96.2",
                                names("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出")),
                        direction("机关事业单位基本养老保险缴费支出", Direction.DOWN, "减少主要原因是"))
                .statement("5. 卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)。年初预算为76.85万元,支出决算为72.67万元,完成年初预算的94.6%,减少主要原因是年中有职工退休。",
                        completion("行政单位医疗", "76.85", "72.67", "94.6", names("卫生健康支出", "行政事业单位医疗", "行政单位医疗")),
                        direction("行政单位医疗", Direction.DOWN, "减少主要原因是"))
                .statement("6. 卫生健康支出(类)行政事业单位医疗(款)公务员医疗补助(项)。年初预算为99.18万元,支出决算为94.57万元,完成年初预算的95.4%,减少主要原因是年中有职工退休。",
                        completion("公务员医疗补助", "99.18", "94.57", "95.4", names("卫生健康支出", "行政事业单位医疗", "公务员医疗补助")),
                        direction("公务员医疗补助", Direction.DOWN, "减少主要原因是"))
                .statement("7. 住房保障支出(类)住房改革支出(款)住房公积金(项)。年初预算为110.08万元,支出决算为106.73万元,完成年初预算的97%,减少主要原因是年中有职工退休。",
                        completion("住房公积金", "110.08", "106.73", "97", names("住房保障支出", "住房改革支出", "住房公积金")),
                        direction("住房公积金", Direction.DOWN, "减少主要原因是"))
                .statement("8. 住房保障支出(类)住房改革支出(款)提租补贴(项)。年初预算为18.92万元,支出决算为18.28万元,完成年初预算的96.6%,减少主要原因是年中有职工退休。",
                        completion("提租补贴", "18.92", "18.28", "96.6", names("住房保障支出", "住房改革支出", "提租补贴")),
                        direction("提租补贴", Direction.DOWN, "减少主要原因是"))
                .statement("9. 住房保障支出(类)住房改革支出(款)购房补贴(项)。年初预算为36.19万元,支出决算为36.19万元,完成年初预算的100%。",
                        completion("购房补贴", "36.19", "36.19", "100", names("住房保障支出", "住房改革支出", "购房补贴")))
                .statement("2023 年度一般公共预算财政拨款基本支出1,313.24万元, 其中:",
                        amount("一般公共预算财政拨款基本支出", "支出", "1,313.24"))
                .statement("人员经费1,207.89万元,主要包括:基本工资、津贴补贴、奖金。", amount("人员经费", null, "1,207.89"))
                .statement("公用经费105.35万元,主要包括:办公费、印刷费。", amount("公用经费", null, "105.35"))
                .statement("2023年度\"三公\"经费财政拨款支出预算为1.93万元,支出决算为1.93万元,完成预算的100%。",
                        amount("\"三公\"经费", "预算", "1.93"), amount("\"三公\"经费", "决算", "1.93"),
                        completion("\"三公\"经费", "1.93", "1.93", "100", attrs()))
                .statement("2. 公务用车购置及运行费支出决算为1.93万元,完成全年预算的100%;其中:",
                        amount("公务用车购置及运行费", "决算", "1.93"))
                .statement("(2)公务用车运行费1.93万元,完成全年预算的100%。", amount("公务用车运行费", null, "1.93"))
                .statement("2023年度武汉市人力资源和社会保障局汉阳社会保险管理处机关运行经费支出105.35万元,比年初预算数减少16.6万元,降低13.6%。",
                        amount("机关运行经费", "支出", "105.35"),
                        change("机关运行经费", Direction.DOWN, null, null, "16.6", "13.6", null, "年初预算"))
                .statement("2023年度武汉市人力资源和社会保障局汉阳社会保险管理处政府采购支出总额7.96万元,其中:政府采购货物支出7.96万元。",
                        amount("政府采购支出总额", null, "7.96"), amount("政府采购货物支出", null, "7.96"))
                .statement("授予中小企业合同金额7.96万元,占政府采购支出总额的100%,其中:授予小微企业合同金额7.96万元,占授予中小企业合同金额的100%。",
                        amount("授予中小企业合同金额", null, "7.96"), share("授予中小企业合同金额", "7.96", "100", "政府采购支出总额", null),
                        amount("授予小微企业合同金额", null, "7.96"), share("授予小微企业合同金额", "7.96", "100", "授予中小企业合同金额", null))
                .statement("共涉及项目1个,资金240.27万元,占一般公共预算项目支出总额的100%。",
                        share("资金", "240.27", "100", "一般公共预算项目支出总额", null))
                .statement("我部门(单位)组织对1个单位开展整体支出绩效自评,资金1,553.51万元,从评价情况来看,单位全年预算数1,591.17万元,"
                                + "执行数为1,553.51万元,其中基本支出总额1,313.24万元,项目支出总额240.27万元。预算执行率97.6%。",
                        completion("单位整体支出", "1,591.17", "1,553.51", "97.6", attrs("measure", "全年预算数")))
                .statement("我单位在2022年度部门决算中反映所有项目绩效自评结果(不包括涉密项目),共涉及1个一级项目。",
                        yearReference(2022, "部门决算", "在2022年度部门决算中反映"))
                .statement("1. 社会保险业务工作经费 项目绩效自评综述:项目全年预算数为213.55万元,执行数为240.27万元,完成预算的112.5%。",
                        completion("社会保险业务工作经费", "213.55", "240.27", "112.5", attrs("measure", "全年预算数")))
                .statement("1.社会保障和就业支出(类)人力资源和社会保障管理事务(款)行政运行(项): 反映行政单位的基本支出;",
                        classNames("社会保障和就业支出", "人力资源和社会保障管理事务", "行政运行"))
                .statement("4.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位养老保险缴费支出(项): 反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出;",
                        classNames("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位养老保险缴费支出"))
                .statement("7.卫生健康支出(类)行政事业单位医疗(款)其他行政事业单位医疗支出(项): 反映除上述项目以外的其他用于行政事业单位医疗方面的支出;",
                        classNames("卫生健康支出", "行政事业单位医疗", "其他行政事业单位医疗支出"))
                .build();
    }
}

package io.github.suanzhang.reconcile.rules;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import io.github.suanzhang.testdata.Fixture.TableBuilder;

/**
 * The nine tables of the seed document (shared/seed, 2023年度 汉阳社会保险管理处 单位决算), typed in by hand
 * from the text export (the OCR-garbled cells read as the printed figures: {@code 1, 553, 51} is 1,553.51;
 * the 支出决算表 line of 208 prints 基本支出 984.79 and 项目支出 240.27). Labels the export leaves blank
 * (收入支出决算总表 lines 32 and 58) stay blank. Everything in these tables reconciles: the table-side rules
 * must report no ERROR and no WARNING on them.
 */
public final class SeedTables {
    private SeedTables() {
    }

    static final String[] CLASSES = {"一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
        "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
        "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出",
        "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出",
        "抗疫特别国债安排的支出"};
    static final String[] ORD = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
        "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六"};

    static String classAmount(int i) {
        return switch (i) {
            case 7 -> "1,225.06";
            case 8 -> "167.24";
            case 18 -> "161.21";
            default -> "";
        };
    }

    public static Table summary() {
        TableBuilder b = Fixture.table("t01", TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, "item", "line", "total")
                .title("2023年度收入支出决算总表").number("公开01表").page(3)
                .note("注: 1. 本表反映部门本年度的总收支和年末结转结余情况。")
                .note("27行= (1+2+3+4+5+6+7+8) 行; 31行= (27+28+29) 行;")
                .note("58行= (32+33+…+57) 行; 62行= (58+59+60) 行。");
        String[] income = {"一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入",
            "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"};
        for (int i = 1; i <= 31; i++) {
            String label = i <= 8 ? income[i - 1] : switch (i) {
                case 27 -> "本年收入合计";
                case 28 -> "使用非财政拨款结余";
                case 29 -> "年初结转和结余";
                case 31 -> "总计";
                default -> "";
            };
            String amount = i == 1 || i == 27 || i == 31 ? "1,553.51" : "";
            b.sideRow("收入", String.valueOf(i), null, label, label, String.valueOf(i), amount);
        }
        for (int i = 32; i <= 62; i++) {
            String label;
            String amount = "";
            if (i <= 57) {
                label = i == 32 ? "" : ORD[i - 32] + "、" + CLASSES[i - 32];
                amount = classAmount(i - 32);
            } else {
                label = switch (i) {
                    case 59 -> "结余分配";
                    case 60 -> "年末结转和结余";
                    case 62 -> "总计";
                    default -> "";
                };
                amount = i == 58 || i == 62 ? "1,553.51" : "";
            }
            b.sideRow("支出", String.valueOf(i), null, label, label, String.valueOf(i), amount);
        }
        return b.build();
    }

    /** 功能分类 lines shared by the income, expenditure and general-budget tables: code, name, total. */
    static final String[][] LINES = {
        {"208", "社会保障和就业支出", "1,225.06"},
        {"20801", "人力资源和社会保障管理事务", "1,113.14"},
        {"2080101", "行政运行", "872.87"},
        {"2080109", "社会保险经办机构", "240.27"},
        {"20805", "行政事业单位养老支出", "111.92"},
        {"2080501", "行政单位离退休", "5.95"},
        {"2080505", "机关事业单位基本养老保险缴费支出", "105.97"},
        {"210", "卫生健康支出", "167.24"},
        {"21011", "行政事业单位医疗", "167.24"},
        {"2101101", "行政单位医疗", "72.67"},
        {"2101103", "公务员医疗补助", "94.57"},
        {"221", "住房保障支出", "161.21"},
        {"22102", "住房改革支出", "161.21"},
        {"2210201", "住房公积金", "106.73"},
        {"2210202", "提租补贴", "18.29"},
        {"2210203", "购房补贴", "36.19"},
    };

    /** 项目支出 by code; everything else is 基本支出. */
    static String project(String code) {
        return code.equals("208") || code.equals("20801") || code.equals("2080109") ? "240.27" : "";
    }

    static String basic(String code, String total) {
        return switch (code) {
            case "208" -> "984.79";
            case "20801" -> "872.87";
            case "2080109" -> "";
            default -> total;
        };
    }

    public static Table income() {
        TableBuilder b = Fixture.table("t02", TableKind.FINAL_INCOME, "code", "name", "total", "fiscal_allocation",
                        "superior_subsidy", "business", "operating", "subsidiary_remittance", "other")
                .title("2023年度收入决算表").number("公开02表").page(4)
                .note("注:本表反映部门本年度取得的各项收入情况。").note("¹栏各行= (2+3+4+5+6+7) 栏各行。");
        b.row(null, "合 计", "", "合 计", "1,553.51", "1,553.51", "", "", "", "", "");
        for (String[] l : LINES) {
            b.row(l[0], l[1], l[0], l[1], l[2], l[2], "", "", "", "", "");
        }
        return b.build();
    }

    public static Table expenditure() {
        return expenditure("1,553.51");
    }

    /** 支出决算表 with its 合计 line's 本年支出合计 printed as {@code total}. */
    public static Table expenditure(String total) {
        TableBuilder b = Fixture.table("t03", TableKind.FINAL_EXPENDITURE, "code", "name", "total", "basic", "project",
                        "remittance_to_superior", "operating", "subsidy_to_subsidiaries")
                .title("2023年度支出决算表").number("公开03表").page(5)
                .note("注: 本表反映部门本年度各项支出情况。").note("¹栏各行=(2+3+4+5+6)栏各行。");
        b.row(null, "合计", "", "合计", total, "1,313.24", "240.27", "", "", "");
        for (String[] l : LINES) {
            b.row(l[0], l[1], l[0], l[1], l[2], basic(l[0], l[2]), project(l[0]), "", "", "");
        }
        return b.build();
    }

    public static Table fiscalSummary() {
        TableBuilder b = Fixture.table("t04", TableKind.FINAL_FISCAL_SUMMARY, "item", "line", "total", "general_budget",
                        "government_fund", "state_capital")
                .title("2023年度财政拨款收入支出决算总表").number("公开04表").page(6)
                .note("²⁷行= (1+2+3) 行; 28行= (29+30+31) 行; 32行= (27+28) 行;")
                .note("⁵⁹行= (33+34+…+58) 行; 64行= (59+60) 行。");
        String[] income = {"一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"};
        for (int i = 1; i <= 32; i++) {
            String label = i <= 3 ? income[i - 1] : switch (i) {
                case 27 -> "本年收入合计";
                case 28 -> "年初财政拨款结转和结余";
                case 29 -> "一般公共预算财政拨款";
                case 30 -> "政府性基金预算财政拨款";
                case 31 -> "国有资本经营预算财政拨款";
                case 32 -> "总计";
                default -> "";
            };
            String amount = i == 1 || i == 27 || i == 32 ? "1,553.51" : "";
            b.sideRow("收入", String.valueOf(i), null, label, label, String.valueOf(i), amount, "", "", "");
        }
        for (int i = 33; i <= 64; i++) {
            String label;
            String amount = "";
            if (i <= 58) {
                label = ORD[i - 33] + "、" + CLASSES[i - 33];
                amount = classAmount(i - 33);
            } else {
                label = switch (i) {
                    case 59 -> "本年支出合计";
                    case 60 -> "年末财政拨款结转和结余";
                    case 64 -> "总计";
                    default -> "";
                };
                amount = i == 59 || i == 64 ? "1,553.51" : "";
            }
            b.sideRow("支出", String.valueOf(i), null, label, label, String.valueOf(i), amount, amount, "", "");
        }
        return b.build();
    }

    public static Table generalBudget() {
        TableBuilder b = Fixture.table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic",
                        "project")
                .title("2023年度一般公共预算财政拨款支出决算表").number("公开05表").page(7)
                .note("注: 本表反映部门本年度一般公共预算财政拨款支出情况。").note("¹栏各行=(2+3)栏各行。");
        b.row(null, "合计", "", "合计", "1,553.51", "1,313.24", "240.27");
        for (String[] l : LINES) {
            b.row(l[0], l[1], l[0], l[1], l[2], basic(l[0], l[2]), project(l[0]));
        }
        return b.build();
    }

    /** 公开06表: the three blocks side by side read as one list of lines (code, name, 决算数). */
    public static Table basicDetail() {
        TableBuilder b = Fixture.table("t06", TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, "code", "name", "total")
                .title("2023年度一般公共预算财政拨款基本支出决算明细表").number("公开06表").page(8).economic();
        String[][] lines = {
            {"301", "工资福利支出", "1,188.43"}, {"30101", "基本工资", "165.66"}, {"30102", "津贴补贴", "209.24"},
            {"30103", "奖金", "436.31"}, {"30106", "伙食补助费", ""}, {"30107", "绩效工资", ""},
            {"30108", "机关事业单位基本养老保险缴费", "105.97"}, {"30109", "职业年金缴费", "13.35"},
            {"30110", "职工基本医疗保险缴费", "72.67"}, {"30111", "公务员医疗补助缴费", "75.17"},
            {"30112", "其他社会保障缴费", "3.33"}, {"30113", "住房公积金", "106.73"}, {"30114", "医疗费", ""},
            {"30199", "其他工资福利支出", ""},
            {"303", "对个人和家庭的补助", "19.46"}, {"30301", "离休费", ""}, {"30302", "退休费", ""},
            {"30303", "退职(役)费", ""}, {"30304", "抚恤金", ""}, {"30305", "生活补助", ""}, {"30306", "救济费", ""},
            {"30307", "医疗费补助", "19.39"}, {"30308", "助学金", ""}, {"30309", "奖励金", ""},
            {"30310", "个人农业生产补贴", ""}, {"30311", "代缴社会保险费", ""}, {"30399", "其他对个人和家庭的补助", "0.07"},
            {"302", "商品和服务支出", "105.35"}, {"30201", "办公费", "22.09"}, {"30202", "印刷费", "1.08"},
            {"30203", "咨询费", ""}, {"30204", "手续费", ""}, {"30205", "水费", ""}, {"30206", "电费", ""},
            {"30207", "邮电费", "0.53"}, {"30208", "取暖费", ""}, {"30209", "物业管理费", ""}, {"30211", "差旅费", "0.32"},
            {"30212", "因公出国(境)费用", ""}, {"30213", "维修(护)费", "1.00"}, {"30214", "租赁费", ""},
            {"30215", "会议费", ""}, {"30216", "培训费", ""}, {"30217", "公务接待费", ""}, {"30218", "专用材料费", ""},
            {"30224", "被装购置费", ""}, {"30225", "专用燃料费", ""}, {"30226", "劳务费", ""}, {"30227", "委托业务费", ""},
            {"30228", "工会经费", "9.64"}, {"30229", "福利费", "25.18"}, {"30231", "公务用车运行维护费", "1.93"},
            {"30239", "其他交通费用", "31.70"}, {"30240", "税金及附加费用", ""}, {"30299", "其他商品和服务支出", "11.88"},
            {"310", "资本性支出", ""}, {"31002", "办公设备购置", ""}, {"31003", "专用设备购置", ""},
            {"31007", "信息网络及软件购置更新", ""}, {"31013", "公务用车购置", ""}, {"31021", "文物和陈列品购置", ""},
            {"31022", "无形资产购置", ""}, {"31099", "其他资本性支出", ""},
        };
        for (String[] l : lines) {
            b.row(l[0], l[1], l[0], l[1], l[2]);
        }
        b.row(null, "人员经费合计", "", "人员经费合计", "1,207.89");
        b.row(null, "公用经费合计", "", "公用经费合计", "105.35");
        return b.build();
    }

    public static Table governmentFund() {
        return Fixture.table("t07", TableKind.FINAL_GOVERNMENT_FUND, "code", "name", "opening_balance", "income", "total",
                        "basic", "project", "closing_balance")
                .title("2023年度政府性基金预算财政拨款收入支出决算表").number("公开07表").page(9)
                .note("6栏各行=(1+2-3)栏各行; 3栏各行=(4+5)栏各行。")
                .emptyNote("武汉市人力资源和社会保障局汉阳社会保险管理处当年无政府性基金预算财政拨款收入支出。")
                .row(null, "合计", "", "合计", "", "", "", "", "", "").build();
    }

    public static Table stateCapital() {
        return Fixture.table("t08", TableKind.FINAL_STATE_CAPITAL, "code", "name", "total", "basic", "project")
                .title("2023年度国有资本经营预算财政拨款支出决算表").number("公开08表").page(10)
                .note("1栏各行=(2+3)栏各行。")
                .emptyNote("武汉市人力资源和社会保障局汉阳社会保险管理处当年无国有资本经营预算财政拨款支出。")
                .row(null, "合计", "", "合计", "", "", "").build();
    }

    public static Table threePublic() {
        return Fixture.table("t09", TableKind.FINAL_THREE_PUBLIC, "budget_total", "budget_outbound", "budget_vehicle",
                        "budget_vehicle_purchase", "budget_vehicle_operation", "budget_reception", "actual_total",
                        "actual_outbound", "actual_vehicle", "actual_vehicle_purchase", "actual_vehicle_operation",
                        "actual_reception")
                .title("2023年度财政拨款\"三公\"经费支出决算表").number("公开09表").page(11)
                .note("1栏= (2+3+6) 栏; 3栏= (4+5) 栏; 7栏= (8+9+12) 栏; 9栏= (10+11) 栏。")
                .row(null, "", "1.93", "", "1.93", "", "1.93", "", "1.93", "", "1.93", "", "1.93", "").build();
    }

    public static Disclosure disclosure() {
        return Fixture.disclosure().entity("武汉市人力资源和社会保障局汉阳社会保险管理处")
                .table(summary()).table(income()).table(expenditure()).table(fiscalSummary()).table(generalBudget())
                .table(basicDetail()).table(governmentFund()).table(stateCapital()).table(threePublic()).build();
    }
}

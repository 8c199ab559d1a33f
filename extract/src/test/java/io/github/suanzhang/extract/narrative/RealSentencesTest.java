package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimText.check;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sentences from the 情况说明 / 编制说明 of real disclosures (text from {@code pdftotext -layout}, line
 * wraps and letter spacing undone by hand where the layout scrambled the order), with their claims written
 * from the sentence. Files under /work/shared/corpus/real/.
 */
class RealSentencesTest {

    private static Context heading(String subject, String... classNames) {
        Map<String, String> a = new java.util.LinkedHashMap<>();
        String[] levels = {"类", "款", "项"};
        for (int i = 0; i < classNames.length; i++) {
            a.put(levels[i], classNames[i]);
        }
        return new Context(subject, null, a, true);
    }

    // ---- shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf (部门决算) ----------------------------------

    @Test
    void putuo2024Totals() {
        check("上海市普陀区财政局2024年度收入支出总计2995.39万元。",
                "AMOUNT 收入支出总计 amount=2995.39万元 {measure=总计}",
                "YEAR_REFERENCE - 2024");
        check("与2023年度相比,收入支出总计减少56.95万元,下降1.87%。",
                "CHANGE 收入支出总计 change=56.95万元 percent=1.87% DOWN 2023 {base=2023年度}",
                "DIRECTION 收入支出总计 DOWN 2023 {base=2023年度, role=comparison, word=减少}",
                "DIRECTION 收入支出总计 DOWN 2023 {base=2023年度, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2023 {role=comparison}");
        check("本年收入合计2946.25万元,其中:财政拨款收入2940.05万元,占99.79%;其他收入6.2万元,占0.21%;",
                "AMOUNT 本年收入合计 amount=2946.25万元 {measure=合计}",
                "AMOUNT 财政拨款收入 amount=2940.05万元 {measure=收入}",
                "AMOUNT 其他收入 amount=6.2万元 {measure=收入}",
                "SHARE 财政拨款收入 amount=2940.05万元 percent=99.79%",
                "SHARE 其他收入 amount=6.2万元 percent=0.21%",
                "BREAKDOWN 本年收入合计 total=2946.25万元 财政拨款收入=2940.05万元 其他收入=6.2万元");
        check("本年支出合计2940.05万元,其中:基本支出2336.91万元,占79.49%;项目支出603.14万元,占20.51%;",
                "AMOUNT 本年支出合计 amount=2940.05万元 {measure=合计}",
                "AMOUNT 基本支出 amount=2336.91万元 {measure=支出}",
                "AMOUNT 项目支出 amount=603.14万元 {measure=支出}",
                "SHARE 基本支出 amount=2336.91万元 percent=79.49%",
                "SHARE 项目支出 amount=603.14万元 percent=20.51%",
                "BREAKDOWN 本年支出合计 total=2940.05万元 基本支出=2336.91万元 项目支出=603.14万元");
        check("与2023年度相比,财政拨款收入支出总计持平。",
                "DIRECTION 财政拨款收入支出总计 FLAT 2023 {base=2023年度, role=comparison, word=持平}",
                "YEAR_REFERENCE - 2023 {role=comparison}");
        check("一般公共预算财政拨款支出2940.05万元,占本年支出合计的100.00%。",
                "AMOUNT 一般公共预算财政拨款支出 amount=2940.05万元 {measure=支出}",
                "SHARE 一般公共预算财政拨款支出 amount=2940.05万元 percent=100.00% {of=本年支出合计}");
        check("与2023年度相比,一般公共预算财政拨款支出减少63.14万元,下降2.10%。",
                "CHANGE 一般公共预算财政拨款支出 change=63.14万元 percent=2.10% DOWN 2023 {base=2023年度}",
                "DIRECTION 一般公共预算财政拨款支出 DOWN 2023 {base=2023年度, role=comparison, word=减少}",
                "DIRECTION 一般公共预算财政拨款支出 DOWN 2023 {base=2023年度, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2023 {role=comparison}");
    }

    @Test
    void putuo2024Structure() {
        check("一般公共预算财政拨款支出2940.05万元,主要用于以下方面:一般公共服务支出(类)2106.66万元,占71.73%;"
                        + "社会保障和就业支出(类)326.72万元,占11.11%;卫生健康支出(类)60.99万元,占2.07%;住房保障支出(类)445.69万元,占15.16%。",
                "CLASS_NAMES 一般公共服务支出 {类=一般公共服务支出}",
                "CLASS_NAMES 社会保障和就业支出 {类=社会保障和就业支出}",
                "CLASS_NAMES 卫生健康支出 {类=卫生健康支出}",
                "CLASS_NAMES 住房保障支出 {类=住房保障支出}",
                "AMOUNT 一般公共预算财政拨款支出 amount=2940.05万元 {measure=支出}",
                "AMOUNT 一般公共服务支出 amount=2106.66万元 {measure=支出, 类=一般公共服务支出}",
                "AMOUNT 社会保障和就业支出 amount=326.72万元 {measure=支出, 类=社会保障和就业支出}",
                "AMOUNT 卫生健康支出 amount=60.99万元 {measure=支出, 类=卫生健康支出}",
                "AMOUNT 住房保障支出 amount=445.69万元 {measure=支出, 类=住房保障支出}",
                "SHARE 一般公共服务支出 amount=2106.66万元 percent=71.73% {类=一般公共服务支出}",
                "SHARE 社会保障和就业支出 amount=326.72万元 percent=11.11% {类=社会保障和就业支出}",
                "SHARE 卫生健康支出 amount=60.99万元 percent=2.07% {类=卫生健康支出}",
                "SHARE 住房保障支出 amount=445.69万元 percent=15.16% {类=住房保障支出}",
                "BREAKDOWN 一般公共预算财政拨款支出 total=2940.05万元 一般公共服务支出=2106.66万元 社会保障和就业支出=326.72万元"
                        + " 卫生健康支出=60.99万元 住房保障支出=445.69万元");
        check("一般公共预算财政拨款支出年初预算为2993.92万元,支出决算为2940.05万元,完成年初预算的98.20%。",
                "AMOUNT 一般公共预算财政拨款支出 amount=2993.92万元 {measure=年初预算}",
                "AMOUNT 一般公共预算财政拨款支出 amount=2940.05万元 {measure=决算}",
                "COMPLETION 一般公共预算财政拨款支出 budget=2993.92万元 actual=2940.05万元 rate=98.20% {of=年初预算}");
        check("决算数小于预算数的主要原因:因年度工作计划安排,个别信息化项目和中介机构服务调减。",
                new Context("一般公共预算财政拨款支出", Amount.of("2940.05", Unit.TEN_THOUSAND_YUAN), Map.of(), false),
                "DIRECTION 一般公共预算财政拨款支出 DOWN {base=预算数, context=一般公共预算财政拨款支出, role=reason, word=小于}");
        check("1、一般公共服务支出(类)财政事务(款)行政运行(项)。",
                "CLASS_NAMES 行政运行 {类=一般公共服务支出, 款=财政事务, 项=行政运行}");
        check("年初预算为1560.05万元,支出决算为1511.89万元。", heading("行政运行", "一般公共服务支出", "财政事务", "行政运行"),
                "AMOUNT 行政运行 amount=1560.05万元 {context=行政运行, measure=年初预算, 类=一般公共服务支出, 款=财政事务, 项=行政运行}",
                "AMOUNT 行政运行 amount=1511.89万元 {context=行政运行, measure=决算, 类=一般公共服务支出, 款=财政事务, 项=行政运行}",
                "COMPLETION 行政运行 budget=1560.05万元 actual=1511.89万元 {context=行政运行, 类=一般公共服务支出, 款=财政事务, 项=行政运行}");
        check("决算数与预算数基本持平。", heading("一般行政管理事务", "一般公共服务支出", "财政事务", "一般行政管理事务"),
                "DIRECTION 一般行政管理事务 FLAT {base=预算数, context=一般行政管理事务, role=comparison, word=持平}");
    }

    @Test
    void putuo2024SanGongOperatingProcurementAssets() {
        check("“三公”经费财政拨款支出年初预算为0.95万元,支出决算为0.00万元,完成预算的0%,其中:因公出国(境)费决算为0.00万元,"
                        + "完成预算的0%;公务用车购置及运行维护费支出决算为0.00万元,完成预算的0%;公务接待费支出决算为0.00万元,完成预算的0%。",
                "AMOUNT 三公经费财政拨款支出 amount=0.95万元 {measure=年初预算}",
                "AMOUNT 三公经费财政拨款支出 amount=0.00万元 {measure=决算}",
                "COMPLETION 三公经费财政拨款支出 budget=0.95万元 actual=0.00万元 rate=0% {of=预算}",
                "AMOUNT 因公出国(境)费 amount=0.00万元 {measure=决算}",
                "COMPLETION 因公出国(境)费 actual=0.00万元 rate=0% {of=预算}",
                "AMOUNT 公务用车购置及运行维护费 amount=0.00万元 {measure=决算}",
                "COMPLETION 公务用车购置及运行维护费 actual=0.00万元 rate=0% {of=预算}",
                "AMOUNT 公务接待费 amount=0.00万元 {measure=决算}",
                "COMPLETION 公务接待费 actual=0.00万元 rate=0% {of=预算}",
                "BREAKDOWN 三公经费财政拨款支出 total=0.00万元 因公出国(境)费=0.00万元 公务用车购置及运行维护费=0.00万元 公务接待费=0.00万元");
        check("2024年度“三公”经费财政拨款支出决算数与2023年度持平。",
                "DIRECTION 三公经费财政拨款支出 FLAT 2023 {base=2023年度, role=comparison, word=持平}",
                "YEAR_REFERENCE - 2024",
                "YEAR_REFERENCE - 2023 {role=comparison}");
        check("机关运行经费支出184.65万元,比2023年度增加2.55万元,增长1.40%。",
                "AMOUNT 机关运行经费支出 amount=184.65万元 {measure=支出}",
                "CHANGE 机关运行经费支出 after=184.65万元 change=2.55万元 percent=1.40% UP 2023 {base=2023年度}",
                "DIRECTION 机关运行经费支出 UP 2023 {base=2023年度, role=comparison, word=增加}",
                "DIRECTION 机关运行经费支出 UP 2023 {base=2023年度, role=comparison, word=增长}",
                "YEAR_REFERENCE - 2023 {role=comparison}");
        check("上海市普陀区财政局2024年度政府采购金额(以合同签订为准)为251.25万元,其中:货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。",
                "AMOUNT 政府采购金额 amount=251.25万元",
                "AMOUNT 货物采购金额 amount=4.79万元",
                "AMOUNT 工程采购金额 amount=0万元",
                "AMOUNT 服务采购金额 amount=246.47万元",
                "BREAKDOWN 政府采购金额 total=251.25万元 货物采购金额=4.79万元 工程采购金额=0万元 服务采购金额=246.47万元",
                "YEAR_REFERENCE - 2024");
        check("截至2024年12月31日,上海市普陀区财政局共有车辆0辆,其中:部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、"
                        + "应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。",
                "COUNT 车辆 count=0 {unit=辆}",
                "COUNT 部级领导干部用车 count=0 {unit=辆}",
                "COUNT 主要领导干部用车 count=0 {unit=辆}",
                "COUNT 机要通信用车 count=0 {unit=辆}",
                "COUNT 应急保障用车 count=0 {unit=辆}",
                "COUNT 执法执勤用车 count=0 {unit=辆}",
                "COUNT 特种专业技术用车 count=0 {unit=辆}",
                "COUNT 离退休干部用车 count=0 {unit=辆}",
                "COUNT 其他用车 count=0 {unit=辆}");
        check("单价100万元(含)以上设备(不含车辆)2台(套)。",
                "COUNT 设备 count=2 {unit=台(套)}");
    }

    // ---- shanghai_putuo_caizhengju_2025_bumen_yusuan.pdf (部门预算) ----------------------------------

    @Test
    void putuo2025Budget() {
        check("2025年,上海市普陀区财政局收入预算3,121.42万元,其中:财政拨款收入3,121.42万元,比2024年预算增加107.62万元;事业收入0万元;事业单位经营收入0万元;其他收入0万元。",
                "AMOUNT 收入 amount=3121.42万元 {measure=预算}",
                "AMOUNT 财政拨款收入 amount=3121.42万元 {measure=收入}",
                "CHANGE 财政拨款收入 after=3121.42万元 change=107.62万元 UP 2024 {base=2024年预算}",
                "DIRECTION 财政拨款收入 UP 2024 {base=2024年预算, role=comparison, word=增加}",
                "AMOUNT 事业收入 amount=0万元 {measure=收入}",
                "AMOUNT 事业单位经营收入 amount=0万元 {measure=收入}",
                "AMOUNT 其他收入 amount=0万元 {measure=收入}",
                "BREAKDOWN 收入 total=3121.42万元 财政拨款收入=3121.42万元 事业收入=0万元 事业单位经营收入=0万元 其他收入=0万元",
                "YEAR_REFERENCE - 2025",
                "YEAR_REFERENCE - 2024 {reference=预算, role=comparison}");
        check("1.“一般公共服务支出(类)财政事务(款)行政运行(项)”1,623.18万元,主要用于局本级及所属单位人员经费及公用经费等的基本支出。",
                "CLASS_NAMES 行政运行 {类=一般公共服务支出, 款=财政事务, 项=行政运行}",
                "AMOUNT 行政运行 amount=1623.18万元 {类=一般公共服务支出, 款=财政事务, 项=行政运行}");
        check("2025年“三公”经费预算数为0.95万元,与2024年预算持平。",
                "AMOUNT 三公经费 amount=0.95万元 {measure=预算}",
                "DIRECTION 三公经费 FLAT 2024 {base=2024年预算, role=comparison, word=持平}",
                "YEAR_REFERENCE - 2025",
                "YEAR_REFERENCE - 2024 {reference=预算, role=comparison}");
        check("2025年上海市普陀区财政局财政拨款的机关运行经费预算为229.43万元。",
                "AMOUNT 机关运行经费 amount=229.43万元 {measure=预算}",
                "YEAR_REFERENCE - 2025");
        check("2025年度本单位政府采购预算117.00万元,其中:政府采购货物预算17.00万元、政府采购工程预算0万元、政府采购服务预算100.00万元。",
                "AMOUNT 政府采购 amount=117.00万元 {measure=预算}",
                "AMOUNT 政府采购货物 amount=17.00万元 {measure=预算}",
                "AMOUNT 政府采购工程 amount=0万元 {measure=预算}",
                "AMOUNT 政府采购服务 amount=100.00万元 {measure=预算}",
                "BREAKDOWN 政府采购 total=117.00万元 政府采购货物=17.00万元 政府采购工程=0万元 政府采购服务=100.00万元",
                "YEAR_REFERENCE - 2025");
    }

    // ---- 001_上海__2026年上海市统计局_部门预算.pdf ------------------------------------------------------

    @Test
    void shanghaiStatistics2026() {
        check("支出预算2,616万元,其中:财政拨款支出预算2,605万元,比2025年预算减少12万元。",
                "AMOUNT 支出 amount=2616万元 {measure=预算}",
                "AMOUNT 财政拨款支出 amount=2605万元 {measure=预算}",
                "CHANGE 财政拨款支出 after=2605万元 change=12万元 DOWN 2025 {base=2025年预算}",
                "DIRECTION 财政拨款支出 DOWN 2025 {base=2025年预算, role=comparison, word=减少}",
                "YEAR_REFERENCE - 2025 {reference=预算, role=comparison}");
        check("1.“一般公共服务支出”科目2,172万元,主要用于人员经费、公用经费和课题研究及科研管理经费。",
                "AMOUNT 一般公共服务支出 amount=2172万元 {measure=支出}");
        check("2026年“三公”经费预算数为44.10万元,比2025年预算增加20.00万元。",
                "AMOUNT 三公经费 amount=44.10万元 {measure=预算}",
                "CHANGE 三公经费 after=44.10万元 change=20.00万元 UP 2025 {base=2025年预算}",
                "DIRECTION 三公经费 UP 2025 {base=2025年预算, role=comparison, word=增加}",
                "YEAR_REFERENCE - 2026",
                "YEAR_REFERENCE - 2025 {reference=预算, role=comparison}");
        check("(一)因公出国(境)费12.00万元,与2025年预算持平。",
                "AMOUNT 因公出国(境)费 amount=12.00万元",
                "DIRECTION 因公出国(境)费 FLAT 2025 {base=2025年预算, role=comparison, word=持平}",
                "YEAR_REFERENCE - 2025 {reference=预算, role=comparison}");
        check("2026年度,本单位编报绩效目标的项目共6个,涉及预算资金381.78万元。",
                "COUNT 项目 count=6 {unit=个}",
                "AMOUNT 预算资金 amount=381.78万元",
                "YEAR_REFERENCE - 2026");
    }

    // ---- shenzhen_caizhengju_2026_bumen_yusuan.pdf ------------------------------------------------------

    @Test
    void shenzhen2026() {
        check("2026年深圳市财政局(本级)部门预算收入37,385.88万元,较2025年年初预算减少16,640.31万元,下降30.8%。",
                "AMOUNT 部门预算收入 amount=37385.88万元 {measure=收入}",
                "CHANGE 部门预算收入 after=37385.88万元 change=16640.31万元 percent=30.8% DOWN 2025 {base=2025年年初预算}",
                "DIRECTION 部门预算收入 DOWN 2025 {base=2025年年初预算, role=comparison, word=减少}",
                "DIRECTION 部门预算收入 DOWN 2025 {base=2025年年初预算, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2026",
                "YEAR_REFERENCE - 2025 {reference=年初预算, role=comparison}");
        check("深圳市财政局(本级)预算37,385.88万元,包括在职人员经费8,009.83万元、公用经费1,466.93万元、对个人和家庭的补助支出1,066.96万元、"
                        + "增人增资480.59万元、项目支出26,361.57万元。",
                "AMOUNT - amount=37385.88万元 {measure=预算}",
                "AMOUNT 在职人员经费 amount=8009.83万元",
                "AMOUNT 公用经费 amount=1466.93万元",
                "AMOUNT 对个人和家庭的补助支出 amount=1066.96万元 {measure=支出}",
                "AMOUNT 增人增资 amount=480.59万元",
                "AMOUNT 项目支出 amount=26361.57万元 {measure=支出}",
                "BREAKDOWN - total=37385.88万元 在职人员经费=8009.83万元 公用经费=1466.93万元 对个人和家庭的补助支出=1066.96万元"
                        + " 增人增资=480.59万元 项目支出=26361.57万元");
        check("深圳市财政局(本级)纳入2026年部门预算的政府采购项目共有3,790.75万元,其中:货物类项目242.80万元、工程类项目0.00万元、服务类项目3,547.95万元。",
                "AMOUNT 政府采购项目 amount=3790.75万元",
                "AMOUNT 货物类项目 amount=242.80万元",
                "AMOUNT 工程类项目 amount=0.00万元",
                "AMOUNT 服务类项目 amount=3547.95万元",
                "BREAKDOWN 政府采购项目 total=3790.75万元 货物类项目=242.80万元 工程类项目=0.00万元 服务类项目=3547.95万元",
                "YEAR_REFERENCE - 2026 {reference=部门预算}");
        check("2026年本单位机关运行经费财政拨款预算2,719.55万元,较2025年年初预算减少956.74万元,下降26.0%。",
                "AMOUNT 机关运行经费财政拨款 amount=2719.55万元 {measure=预算}",
                "CHANGE 机关运行经费财政拨款 after=2719.55万元 change=956.74万元 percent=26.0% DOWN 2025 {base=2025年年初预算}",
                "DIRECTION 机关运行经费财政拨款 DOWN 2025 {base=2025年年初预算, role=comparison, word=减少}",
                "DIRECTION 机关运行经费财政拨款 DOWN 2025 {base=2025年年初预算, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2026",
                "YEAR_REFERENCE - 2025 {reference=年初预算, role=comparison}");
        check("公务用车运行维护费2026年预算数7.40万元,较2025年年初预算减少1.20万元,主要是本单位认真贯彻落实中央八项规定精神和过紧日子、厉行节约的要求,压减公务用车运行维护经费。",
                "AMOUNT 公务用车运行维护费 amount=7.40万元 {measure=预算}",
                "CHANGE 公务用车运行维护费 after=7.40万元 change=1.20万元 DOWN 2025 {base=2025年年初预算}",
                "DIRECTION 公务用车运行维护费 DOWN 2025 {base=2025年年初预算, role=comparison, word=减少}",
                "YEAR_REFERENCE - 2026 {reference=预算数}",
                "YEAR_REFERENCE - 2025 {reference=年初预算, role=comparison}");
    }

    // ---- beijing_caizhengju_2026_bumen_yusuan.pdf -----------------------------------------------------

    @Test
    void beijing2026() {
        check("2026年度收入预算44169.36万元,比2025年年初预算数44021.20万元增加148.16万元,增长0.34%。",
                "AMOUNT 收入 amount=44169.36万元 {measure=预算}",
                "CHANGE 收入 before=44021.20万元 after=44169.36万元 change=148.16万元 percent=0.34% UP 2025 {base=2025年年初预算数}",
                "DIRECTION 收入 UP 2025 {base=2025年年初预算数, role=comparison, word=增加}",
                "DIRECTION 收入 UP 2025 {base=2025年年初预算数, role=comparison, word=增长}",
                "YEAR_REFERENCE - 2026",
                "YEAR_REFERENCE - 2025 {reference=年初预算数, role=comparison}");
        check("基本支出预算28016.26万元,占本年支出预算63.43%。",
                "AMOUNT 基本支出 amount=28016.26万元 {measure=预算}",
                "SHARE 基本支出 amount=28016.26万元 percent=63.43% {of=本年支出预算}");
        check("2026年财政拨款“三公”经费预算223.80万元,比2025年财政拨款“三公”经费年初预算减少32.23万元,下降12.59%,主要原因:落实过紧日子要求,严控“三公”经费预算。",
                "AMOUNT 财政拨款三公经费 amount=223.80万元 {measure=预算}",
                "CHANGE 财政拨款三公经费 after=223.80万元 change=32.23万元 percent=12.59% DOWN 2025 {base=2025年财政拨款“三公”经费年初预算}",
                "DIRECTION 财政拨款三公经费 DOWN 2025 {base=2025年财政拨款“三公”经费年初预算, role=comparison, word=减少}",
                "DIRECTION 财政拨款三公经费 DOWN 2025 {base=2025年财政拨款“三公”经费年初预算, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2026",
                "YEAR_REFERENCE - 2025 {role=comparison}");
        check("2026年预算数84.42万元,包括公务用车购置费预算44.92万元、公务用车运行维护费预算39.50万元。",
                heading("公务用车购置和运行维护费"),
                "AMOUNT 公务用车购置和运行维护费 amount=84.42万元 {context=公务用车购置和运行维护费, measure=预算}",
                "AMOUNT 公务用车购置费 amount=44.92万元 {measure=预算}",
                "AMOUNT 公务用车运行维护费 amount=39.50万元 {measure=预算}",
                "BREAKDOWN 公务用车购置和运行维护费 total=84.42万元 公务用车购置费=44.92万元 公务用车运行维护费=39.50万元 {context=公务用车购置和运行维护费}",
                "YEAR_REFERENCE - 2026 {reference=预算数}");
        check("截至2025年底,北京市财政局共有车辆27台,单位价值100万元以上的设备4台(套)。",
                "COUNT 车辆 count=27 {unit=台}",
                "COUNT 设备 count=4 {unit=台(套)}");
        check("2026年北京市财政局机关运行经费财政拨款预算1158.60万元。",
                "AMOUNT 机关运行经费财政拨款 amount=1158.60万元 {measure=预算}",
                "YEAR_REFERENCE - 2026");
    }

    // ---- the issue's examples ------------------------------------------------------------------------

    @Test
    void issueExamples() {
        check("2025年当年预算执行数为1690.69万元,2026年预算安排1434.89万元,比2025年预算执行数减少1.10%。",
                heading("一般公共服务支出"),
                "AMOUNT 一般公共服务支出 amount=1690.69万元 {context=一般公共服务支出, measure=执行数}",
                "AMOUNT 一般公共服务支出 amount=1434.89万元 {context=一般公共服务支出, measure=预算}",
                "CHANGE 一般公共服务支出 before=1690.69万元 after=1434.89万元 percent=1.10% DOWN 2025 {base=2025年预算执行数, context=一般公共服务支出}",
                "DIRECTION 一般公共服务支出 DOWN 2025 {base=2025年预算执行数, context=一般公共服务支出, role=comparison, word=减少}",
                "YEAR_REFERENCE - 2025 {reference=预算执行数}",
                "YEAR_REFERENCE - 2026 {reference=预算安排}",
                "YEAR_REFERENCE - 2025 {reference=预算执行数, role=comparison}");
        check("住房公积金(01项)208.8万元。",
                "CLASS_NAMES 住房公积金 {codePart=01, level=项, 项=住房公积金}",
                "AMOUNT 住房公积金 amount=208.8万元 {codePart=01, level=项, 项=住房公积金}");
        check("医疗卫生与计划生育支出(210类)35.2万元。",
                "CLASS_NAMES 医疗卫生与计划生育支出 code=210 {类=医疗卫生与计划生育支出}",
                "AMOUNT 医疗卫生与计划生育支出 code=210 amount=35.2万元 {measure=支出, 类=医疗卫生与计划生育支出}");
        check("“一般公共服务支出”科目12,789万元。",
                "AMOUNT 一般公共服务支出 amount=12789万元 {measure=支出}");
        check("与2025年预算相比,公务接待费减少0.5万元。",
                "CHANGE 公务接待费 change=0.5万元 DOWN 2025 {base=2025年预算}",
                "DIRECTION 公务接待费 DOWN 2025 {base=2025年预算, role=comparison, word=减少}",
                "YEAR_REFERENCE - 2025 {reference=预算, role=comparison}");
    }
}

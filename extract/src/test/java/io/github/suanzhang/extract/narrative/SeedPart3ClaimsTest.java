package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's Part 3 (第三部分 … 单位决算情况说明, lines 337–466 of the export), read with
 * {@link NarrativeReader}: every sentence that makes a claim, with every claim it makes, written from the
 * sentence (see the seed README for the discrepancies these claims let the reconciler find: 872.88 vs
 * 872.87, 18.28 vs 18.29, the 行政运行 triple, 一般公共服务(类) for 1,225.06, 10.7%, 增加 with 5.95 &lt; 8.57,
 * 2022年度部门决算 in a 2023 report, 1,591.17/97.6% and 213.55/112.5%). Sentences not listed make no claim.
 */
class SeedPart3ClaimsTest {

    static final String SEED = "/io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt";

    static List<String> seedLines() throws IOException {
        try (InputStream in = SeedPart3ClaimsTest.class.getResourceAsStream(SEED)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    private static void expect(Map<String, List<String>> e, String sentence, String... claims) {
        e.put(sentence, ClaimText.sorted(claims));
    }

    @Test
    void everyClaimOfPart3() throws IOException {
        List<String> lines = seedLines();
        assertEquals("第三部分 武汉市人力资源和社会保障局汉阳 社会保险管理处2023年度单位决算情况说明", lines.get(336).strip());
        assertEquals("第四部分 2023年度重点工作完成情况", lines.get(466).strip());
        List<Statement> statements = NarrativeReader.read(lines.subList(336, 466), 337, "第三部分");
        Map<String, List<String>> e = new LinkedHashMap<>();
        expect(e, "第三部分武汉市人力资源和社会保障局汉阳社会保险管理处2023年度单位决算情况说明",
                "YEAR_REFERENCE - 2023 {reference=单位决算}");
        expect(e, "2023年度收、支总计1,553.51万元。",
                "AMOUNT 收、支总计 amount=1553.51万元 {measure=总计}",
                "YEAR_REFERENCE - 2023");
        expect(e, "与2022年度相比,收、支总计各减少244.12万元,下降13.6%,主要原因是人员减少使人员经费开支减少,疫情结束后相关费用减少使办公经费开支减少。",
                "CHANGE 收、支总计 change=244.12万元 percent=13.6% DOWN 2022 {base=2022年度}",
                "DIRECTION 收、支总计 DOWN 2022 {base=2022年度, role=comparison, word=减少}",
                "DIRECTION 收、支总计 DOWN 2022 {base=2022年度, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2022 {role=comparison}");
        expect(e, "2023年度收入合计1,553.51万元,与2022年度相比,收入合计减少244.12万元,下降13.6%,主要原因是人员减少使人员经费开支减少,疫情结束后相关费用减少使办公经费开支减少。",
                "AMOUNT 收入合计 amount=1553.51万元 {measure=合计}",
                "CHANGE 收入合计 change=244.12万元 percent=13.6% DOWN 2022 {base=2022年度}",
                "DIRECTION 收入合计 DOWN 2022 {base=2022年度, role=comparison, word=减少}",
                "DIRECTION 收入合计 DOWN 2022 {base=2022年度, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2023",
                "YEAR_REFERENCE - 2022 {role=comparison}");
        expect(e, "其中:财政拨款收入1,553.51万元,占本年收入100%。",
                "AMOUNT 财政拨款收入 amount=1553.51万元 {measure=收入}",
                "SHARE 财政拨款收入 amount=1553.51万元 percent=100% {of=本年收入}");
        expect(e, "2023年度支出合计1,553.51万元,与2022年度相比,支出合计减少244.12万元,下降13.6%,主要原因是人员减少使人员经费开支减少,疫情结束后相关费用减少使办公经费开支减少。",
                "AMOUNT 支出合计 amount=1553.51万元 {measure=合计}",
                "CHANGE 支出合计 change=244.12万元 percent=13.6% DOWN 2022 {base=2022年度}",
                "DIRECTION 支出合计 DOWN 2022 {base=2022年度, role=comparison, word=减少}",
                "DIRECTION 支出合计 DOWN 2022 {base=2022年度, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2023",
                "YEAR_REFERENCE - 2022 {role=comparison}");
        expect(e, "其中:基本支出1,313.24万元,占本年支出84.5%;项目支出240.27万元,占本年支出15.5%。",
                "AMOUNT 基本支出 amount=1313.24万元 {measure=支出}",
                "AMOUNT 项目支出 amount=240.27万元 {measure=支出}",
                "SHARE 基本支出 amount=1313.24万元 percent=84.5% {of=本年支出}",
                "SHARE 项目支出 amount=240.27万元 percent=15.5% {of=本年支出}",
                "BREAKDOWN 支出合计 total=1553.51万元 基本支出=1313.24万元 项目支出=240.27万元 {context=支出合计}");
        expect(e, "2023年度财政拨款收、支总计1,553.51万元。",
                "AMOUNT 财政拨款收、支总计 amount=1553.51万元 {measure=总计}",
                "YEAR_REFERENCE - 2023");
        expect(e, "与2022年度相比,财政拨款收、支总计各减少244.12万元,下降13.6%。",
                "CHANGE 财政拨款收、支总计 change=244.12万元 percent=13.6% DOWN 2022 {base=2022年度}",
                "DIRECTION 财政拨款收、支总计 DOWN 2022 {base=2022年度, role=comparison, word=减少}",
                "DIRECTION 财政拨款收、支总计 DOWN 2022 {base=2022年度, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2022 {role=comparison}");
        expect(e, "2023年度财政拨款收入中,一般公共预算财政拨款收入1,553.51万元,比2022年度决算数减少244.12万元。",
                "AMOUNT 一般公共预算财政拨款收入 amount=1553.51万元 {measure=收入}",
                "CHANGE 一般公共预算财政拨款收入 after=1553.51万元 change=244.12万元 DOWN 2022 {base=2022年度决算数}",
                "DIRECTION 一般公共预算财政拨款收入 DOWN 2022 {base=2022年度决算数, role=comparison, word=减少}",
                "YEAR_REFERENCE - 2023",
                "YEAR_REFERENCE - 2022 {reference=决算数, role=comparison}");
        expect(e, "减少主要原因是人员减少使人员经费开支减少,疫情结束后相关费用减少使办公经费开支减少。",
                "DIRECTION 一般公共预算财政拨款收入 DOWN {context=一般公共预算财政拨款收入, role=reason, word=减少}");
        expect(e, "2023年度一般公共预算财政拨款支出1,553.51万元,占本年支出合计的100%。",
                "AMOUNT 一般公共预算财政拨款支出 amount=1553.51万元 {measure=支出}",
                "SHARE 一般公共预算财政拨款支出 amount=1553.51万元 percent=100% {of=本年支出合计}",
                "YEAR_REFERENCE - 2023");
        expect(e, "与2022年度相比,一般公共预算财政拨款支出减少244.12万元,下降13.6%。",
                "CHANGE 一般公共预算财政拨款支出 change=244.12万元 percent=13.6% DOWN 2022 {base=2022年度}",
                "DIRECTION 一般公共预算财政拨款支出 DOWN 2022 {base=2022年度, role=comparison, word=减少}",
                "DIRECTION 一般公共预算财政拨款支出 DOWN 2022 {base=2022年度, role=comparison, word=下降}",
                "YEAR_REFERENCE - 2022 {role=comparison}");
        expect(e, "2023年度一般公共预算财政拨款支出1,553.51万元,主要用于以下方面:",
                "AMOUNT 一般公共预算财政拨款支出 amount=1553.51万元 {measure=支出}",
                "YEAR_REFERENCE - 2023");
        expect(e, "1.一般公共服务(类)支出1,225.06万元,占78.9%。",
                "CLASS_NAMES 一般公共服务 {类=一般公共服务}",
                "AMOUNT 一般公共服务支出 amount=1225.06万元 {measure=支出, 类=一般公共服务}",
                "SHARE 一般公共服务支出 amount=1225.06万元 percent=78.9% {context=一般公共预算财政拨款支出, 类=一般公共服务}");
        expect(e, "2.卫生健康支出(类)167.24万元,占10.7%。",
                "CLASS_NAMES 卫生健康支出 {类=卫生健康支出}",
                "AMOUNT 卫生健康支出 amount=167.24万元 {measure=支出, 类=卫生健康支出}",
                "SHARE 卫生健康支出 amount=167.24万元 percent=10.7% {context=一般公共预算财政拨款支出, 类=卫生健康支出}");
        expect(e, "3.住房保障支出(类)161.21万元,占10.4%。",
                "CLASS_NAMES 住房保障支出 {类=住房保障支出}",
                "AMOUNT 住房保障支出 amount=161.21万元 {measure=支出, 类=住房保障支出}",
                "SHARE 住房保障支出 amount=161.21万元 percent=10.4% {context=一般公共预算财政拨款支出, 类=住房保障支出}");
        expect(e, "2023年度一般公共预算财政拨款支出年初预算为1,591.17万元,支出决算为1,553.51万元,完成年初预算的97.6%。",
                "AMOUNT 一般公共预算财政拨款支出 amount=1591.17万元 {measure=年初预算}",
                "AMOUNT 一般公共预算财政拨款支出 amount=1553.51万元 {measure=决算}",
                "COMPLETION 一般公共预算财政拨款支出 budget=1591.17万元 actual=1553.51万元 rate=97.6% {of=年初预算}",
                "YEAR_REFERENCE - 2023");
        expect(e, "其中:基本支出1,313.24万元,项目支出240.27万元。",
                "AMOUNT 基本支出 amount=1313.24万元 {measure=支出}",
                "AMOUNT 项目支出 amount=240.27万元 {measure=支出}",
                "BREAKDOWN 一般公共预算财政拨款支出 total=1553.51万元 基本支出=1313.24万元 项目支出=240.27万元 {context=一般公共预算财政拨款支出}");
        expect(e, "项目支出主要用于社会保险业务工作经费240.27万元,主要成效:充实社会保险业务经办队伍,维护参保人员合法权益,保障社保基金安全,创建和谐的社会保障经办环境,力争社会保险全覆盖,保证社保业务工作全面稳定发展。",
                "AMOUNT 社会保险业务工作经费 amount=240.27万元");
        expect(e, "1.一般公共服务支出(类)财政事务(款)行政运行(项)。",
                "CLASS_NAMES 行政运行 {类=一般公共服务支出, 款=财政事务, 项=行政运行}");
        expect(e, "年初预算为917.66万元,支出决算为872.88万元,完成年初预算的95.1%,支出决算数小于年初预算数的主要原因:在职人员减少,年中调整了预算。",
                "AMOUNT 行政运行 amount=917.66万元 {context=行政运行, measure=年初预算, 类=一般公共服务支出, 款=财政事务, 项=行政运行}",
                "AMOUNT 行政运行 amount=872.88万元 {context=行政运行, measure=决算, 类=一般公共服务支出, 款=财政事务, 项=行政运行}",
                "COMPLETION 行政运行 budget=917.66万元 actual=872.88万元 rate=95.1% {context=行政运行, of=年初预算, 类=一般公共服务支出, 款=财政事务, 项=行政运行}",
                "DIRECTION 行政运行 DOWN {base=年初预算数, context=行政运行, role=reason, word=小于}");
        expect(e, "2.社会保障和就业支出(类)人力资源和社会保障管理事务(款)社会保险经办机构(项)。",
                "CLASS_NAMES 社会保险经办机构 {类=社会保障和就业支出, 款=人力资源和社会保障管理事务, 项=社会保险经办机构}");
        expect(e, "年初预算为213.55万元,支出决算为240.27万元,完成年初预算的112.5%,增长主要原因是年中追加了合同人员经费。",
                "AMOUNT 社会保险经办机构 amount=213.55万元 {context=社会保险经办机构, measure=年初预算, 类=社会保障和就业支出, 款=人力资源和社会保障管理事务, 项=社会保险经办机构}",
                "AMOUNT 社会保险经办机构 amount=240.27万元 {context=社会保险经办机构, measure=决算, 类=社会保障和就业支出, 款=人力资源和社会保障管理事务, 项=社会保险经办机构}",
                "COMPLETION 社会保险经办机构 budget=213.55万元 actual=240.27万元 rate=112.5% {context=社会保险经办机构, of=年初预算, 类=社会保障和就业支出, 款=人力资源和社会保障管理事务, 项=社会保险经办机构}",
                "DIRECTION 社会保险经办机构 UP {context=社会保险经办机构, role=reason, word=增长}");
        expect(e, "3.社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)。",
                "CLASS_NAMES 行政单位离退休 {类=社会保障和就业支出, 款=行政事业单位养老支出, 项=行政单位离退休}");
        expect(e, "年初预算为8.57万元,支出决算为5.95万元,完成年初预算69.4%,增加主要原因是本年未安排体检,相关费用减少。",
                "AMOUNT 行政单位离退休 amount=8.57万元 {context=行政单位离退休, measure=年初预算, 类=社会保障和就业支出, 款=行政事业单位养老支出, 项=行政单位离退休}",
                "AMOUNT 行政单位离退休 amount=5.95万元 {context=行政单位离退休, measure=决算, 类=社会保障和就业支出, 款=行政事业单位养老支出, 项=行政单位离退休}",
                "COMPLETION 行政单位离退休 budget=8.57万元 actual=5.95万元 rate=69.4% {context=行政单位离退休, of=年初预算, 类=社会保障和就业支出, 款=行政事业单位养老支出, 项=行政单位离退休}",
                "DIRECTION 行政单位离退休 UP {context=行政单位离退休, role=reason, word=增加}");
        expect(e, "4.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)。",
                "CLASS_NAMES 机关事业单位基本养老保险缴费支出 {类=社会保障和就业支出, 款=行政事业单位养老支出, 项=机关事业单位基本养老保险缴费支出}");
        expect(e, "年初预算为110.17万元,支出决算为105.97万元,完成年初预算的96.2%,减少主要原因是年中有职工退休,减少相应支出。",
                "AMOUNT 机关事业单位基本养老保险缴费支出 amount=110.17万元 {context=机关事业单位基本养老保险缴费支出, measure=年初预算, 类=社会保障和就业支出, 款=行政事业单位养老支出, 项=机关事业单位基本养老保险缴费支出}",
                "AMOUNT 机关事业单位基本养老保险缴费支出 amount=105.97万元 {context=机关事业单位基本养老保险缴费支出, measure=决算, 类=社会保障和就业支出, 款=行政事业单位养老支出, 项=机关事业单位基本养老保险缴费支出}",
                "COMPLETION 机关事业单位基本养老保险缴费支出 budget=110.17万元 actual=105.97万元 rate=96.2% {context=机关事业单位基本养老保险缴费支出, of=年初预算, 类=社会保障和就业支出, 款=行政事业单位养老支出, 项=机关事业单位基本养老保险缴费支出}",
                "DIRECTION 机关事业单位基本养老保险缴费支出 DOWN {context=机关事业单位基本养老保险缴费支出, role=reason, word=减少}");
        expect(e, "5.卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)。",
                "CLASS_NAMES 行政单位医疗 {类=卫生健康支出, 款=行政事业单位医疗, 项=行政单位医疗}");
        expect(e, "年初预算为76.85万元,支出决算为72.67万元,完成年初预算的94.6%,减少主要原因是年中有职工退休,减少相应支出。",
                "AMOUNT 行政单位医疗 amount=76.85万元 {context=行政单位医疗, measure=年初预算, 类=卫生健康支出, 款=行政事业单位医疗, 项=行政单位医疗}",
                "AMOUNT 行政单位医疗 amount=72.67万元 {context=行政单位医疗, measure=决算, 类=卫生健康支出, 款=行政事业单位医疗, 项=行政单位医疗}",
                "COMPLETION 行政单位医疗 budget=76.85万元 actual=72.67万元 rate=94.6% {context=行政单位医疗, of=年初预算, 类=卫生健康支出, 款=行政事业单位医疗, 项=行政单位医疗}",
                "DIRECTION 行政单位医疗 DOWN {context=行政单位医疗, role=reason, word=减少}");
        expect(e, "6.卫生健康支出(类)行政事业单位医疗(款)公务员医疗补助(项)。",
                "CLASS_NAMES 公务员医疗补助 {类=卫生健康支出, 款=行政事业单位医疗, 项=公务员医疗补助}");
        expect(e, "年初预算为99.18万元,支出决算为94.57万元,完成年初预算的95.4%,减少主要原因是年中有职工退休,减少相应支出。",
                "AMOUNT 公务员医疗补助 amount=99.18万元 {context=公务员医疗补助, measure=年初预算, 类=卫生健康支出, 款=行政事业单位医疗, 项=公务员医疗补助}",
                "AMOUNT 公务员医疗补助 amount=94.57万元 {context=公务员医疗补助, measure=决算, 类=卫生健康支出, 款=行政事业单位医疗, 项=公务员医疗补助}",
                "COMPLETION 公务员医疗补助 budget=99.18万元 actual=94.57万元 rate=95.4% {context=公务员医疗补助, of=年初预算, 类=卫生健康支出, 款=行政事业单位医疗, 项=公务员医疗补助}",
                "DIRECTION 公务员医疗补助 DOWN {context=公务员医疗补助, role=reason, word=减少}");
        expect(e, "7.住房保障支出(类)住房改革支出(款)住房公积金(项)。",
                "CLASS_NAMES 住房公积金 {类=住房保障支出, 款=住房改革支出, 项=住房公积金}");
        expect(e, "年初预算为110.08万元,支出决算为106.73万元,完成年初预算的97%,减少主要原因是年中有职工退休,减少相应支出。",
                "AMOUNT 住房公积金 amount=110.08万元 {context=住房公积金, measure=年初预算, 类=住房保障支出, 款=住房改革支出, 项=住房公积金}",
                "AMOUNT 住房公积金 amount=106.73万元 {context=住房公积金, measure=决算, 类=住房保障支出, 款=住房改革支出, 项=住房公积金}",
                "COMPLETION 住房公积金 budget=110.08万元 actual=106.73万元 rate=97% {context=住房公积金, of=年初预算, 类=住房保障支出, 款=住房改革支出, 项=住房公积金}",
                "DIRECTION 住房公积金 DOWN {context=住房公积金, role=reason, word=减少}");
        expect(e, "8.住房保障支出(类)住房改革支出(款)提租补贴(项)。",
                "CLASS_NAMES 提租补贴 {类=住房保障支出, 款=住房改革支出, 项=提租补贴}");
        expect(e, "年初预算为18.92万元,支出决算为18.28万元,完成年初预算的96.6%,减少主要原因是年中有职工退休,减少相应支出。",
                "AMOUNT 提租补贴 amount=18.92万元 {context=提租补贴, measure=年初预算, 类=住房保障支出, 款=住房改革支出, 项=提租补贴}",
                "AMOUNT 提租补贴 amount=18.28万元 {context=提租补贴, measure=决算, 类=住房保障支出, 款=住房改革支出, 项=提租补贴}",
                "COMPLETION 提租补贴 budget=18.92万元 actual=18.28万元 rate=96.6% {context=提租补贴, of=年初预算, 类=住房保障支出, 款=住房改革支出, 项=提租补贴}",
                "DIRECTION 提租补贴 DOWN {context=提租补贴, role=reason, word=减少}");
        expect(e, "9.住房保障支出(类)住房改革支出(款)购房补贴(项)。",
                "CLASS_NAMES 购房补贴 {类=住房保障支出, 款=住房改革支出, 项=购房补贴}");
        expect(e, "年初预算为36.19万元,支出决算为36.19万元,完成年初预算的100%。",
                "AMOUNT 购房补贴 amount=36.19万元 {context=购房补贴, measure=年初预算, 类=住房保障支出, 款=住房改革支出, 项=购房补贴}",
                "AMOUNT 购房补贴 amount=36.19万元 {context=购房补贴, measure=决算, 类=住房保障支出, 款=住房改革支出, 项=购房补贴}",
                "COMPLETION 购房补贴 budget=36.19万元 actual=36.19万元 rate=100% {context=购房补贴, of=年初预算, 类=住房保障支出, 款=住房改革支出, 项=购房补贴}");
        expect(e, "2023年度一般公共预算财政拨款基本支出1,313.24万元,其中:",
                "AMOUNT 一般公共预算财政拨款基本支出 amount=1313.24万元 {measure=支出}",
                "YEAR_REFERENCE - 2023");
        expect(e, "人员经费1,207.89万元,主要包括:基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、医疗费、医疗费补助、其他对个人和家庭的补助。",
                "AMOUNT 人员经费 amount=1207.89万元");
        expect(e, "公用经费105.35万元,主要包括:办公费、印刷费、邮电费、差旅费、维修(护)费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。",
                "AMOUNT 公用经费 amount=105.35万元");
        expect(e, "2023年度\"三公\"经费财政拨款支出预算为1.93万元,支出决算为1.93万元,完成预算的100%。",
                "AMOUNT 三公经费财政拨款支出 amount=1.93万元 {measure=预算}",
                "AMOUNT 三公经费财政拨款支出 amount=1.93万元 {measure=决算}",
                "COMPLETION 三公经费财政拨款支出 budget=1.93万元 actual=1.93万元 rate=100% {of=预算}",
                "YEAR_REFERENCE - 2023");
        expect(e, "较上年无增减。",
                "DIRECTION 因公出国(境)费 FLAT {base=上年, context=因公出国(境)费, role=comparison, word=无增减}");
        expect(e, "2.公务用车购置及运行费支出决算为1.93万元,完成全年预算的100%;",
                "AMOUNT 公务用车购置及运行费 amount=1.93万元 {measure=决算}",
                "COMPLETION 公务用车购置及运行费 actual=1.93万元 rate=100% {of=全年预算}");
        expect(e, "(2)公务用车运行费1.93万元,完成全年预算的100%。",
                "AMOUNT 公务用车运行费 amount=1.93万元",
                "COMPLETION 公务用车运行费 actual=1.93万元 rate=100% {of=全年预算}");
        expect(e, "主要用于按规定保留的公务用车燃料费、维修费、过桥过路费、保险费等支出,其中:燃料费0.7万元;维修费0.89万元;过桥过路费0.01万元;保险费0.33万元;无安全奖励费用和其他费用。",
                "AMOUNT 燃料费 amount=0.7万元",
                "AMOUNT 维修费 amount=0.89万元",
                "AMOUNT 过桥过路费 amount=0.01万元",
                "AMOUNT 保险费 amount=0.33万元",
                "BREAKDOWN 公务用车运行费 total=1.93万元 燃料费=0.7万元 维修费=0.89万元 过桥过路费=0.01万元 保险费=0.33万元 {context=公务用车运行费}");
        expect(e, "截至2023年12月31日,开支财政拨款的公务用车保有量1辆。",
                "COUNT 公务用车保有量 count=1 {unit=辆}");
        expect(e, "3.公务接待费无预算,无支出,较上年无增减。",
                "DIRECTION 公务接待费 FLAT {base=上年, role=comparison, word=无增减}");
        expect(e, "2023年度武汉市人力资源和社会保障局汉阳社会保险管理处机关运行经费支出105.35万元,比年初预算数减少16.6万元,降低13.6%。",
                "AMOUNT 机关运行经费支出 amount=105.35万元 {measure=支出}",
                "CHANGE 机关运行经费支出 after=105.35万元 change=16.6万元 percent=13.6% DOWN {base=年初预算数}",
                "DIRECTION 机关运行经费支出 DOWN {base=年初预算数, role=comparison, word=减少}",
                "DIRECTION 机关运行经费支出 DOWN {base=年初预算数, role=comparison, word=降低}",
                "YEAR_REFERENCE - 2023");
        expect(e, "2023年度武汉市人力资源和社会保障局汉阳社会保险管理处政府采购支出总额7.96万元,其中:政府采购货物支出7.96万元、无政府采购工程支出、无政府采购服务支出。",
                "AMOUNT 政府采购支出总额 amount=7.96万元 {measure=总额}",
                "AMOUNT 政府采购货物支出 amount=7.96万元 {measure=支出}",
                "YEAR_REFERENCE - 2023");
        expect(e, "授予中小企业合同金额7.96万元,占政府采购支出总额的100%,其中:授予小微企业合同金额7.96万元,占授予中小企业合同金额的100%;货物采购授予中小企业合同金额占货物支出金额的100%。",
                "AMOUNT 授予中小企业合同金额 amount=7.96万元",
                "AMOUNT 授予小微企业合同金额 amount=7.96万元",
                "SHARE 授予中小企业合同金额 amount=7.96万元 percent=100% {of=政府采购支出总额}",
                "SHARE 授予小微企业合同金额 amount=7.96万元 percent=100% {of=授予中小企业合同金额}",
                "SHARE 货物采购授予中小企业合同金额 percent=100% {of=货物支出金额}");
        expect(e, "截至2023年12月31日,武汉市人力资源和社会保障局汉阳社会保险管理处共有车辆1辆,其中应急保障用车1辆。",
                "COUNT 车辆 count=1 {unit=辆}",
                "COUNT 应急保障用车 count=1 {unit=辆}");
        expect(e, "根据预算绩效管理要求,我部门(单位)组织对2023年度一般公共预算项目支出全面开展绩效自评,共涉及项目1个,资金240.27万元,占一般公共预算项目支出总额的100%。",
                "COUNT 项目 count=1 {unit=个}",
                "AMOUNT 资金 amount=240.27万元",
                "SHARE 资金 amount=240.27万元 percent=100% {of=一般公共预算项目支出总额}",
                "YEAR_REFERENCE - 2023");
        expect(e, "我部门(单位)组织对1个单位开展整体支出绩效自评,资金1,553.51万元,从评价情况来看,单位全年预算数1,591.17万元,执行数为1,553.51万元,其中基本支出总额1,313.24万元,项目支出总额240.27万元。",
                "COUNT 单位 count=1 {unit=个}",
                "AMOUNT 资金 amount=1553.51万元",
                "AMOUNT 资金 amount=1591.17万元 {measure=预算}",
                "AMOUNT 资金 amount=1553.51万元 {measure=执行数}",
                "AMOUNT 基本支出总额 amount=1313.24万元 {measure=总额}",
                "AMOUNT 项目支出总额 amount=240.27万元 {measure=总额}",
                "COMPLETION 资金 budget=1591.17万元 actual=1553.51万元",
                "BREAKDOWN 资金 total=1553.51万元 基本支出总额=1313.24万元 项目支出总额=240.27万元");
        expect(e, "预算执行率97.6%。",
                "COMPLETION 资金 rate=97.6% {context=资金, of=预算}");
        expect(e, "我单位在2022年度部门决算中反映所有项目绩效自评结果(不包括涉密项目),共涉及1个一级项目。",
                "COUNT 一级项目 count=1 {unit=个}",
                "YEAR_REFERENCE - 2022 {reference=部门决算}");
        expect(e, "1.社会保险业务工作经费项目绩效自评综述:项目全年预算数为213.55万元,执行数为240.27万元,完成预算的112.5%。",
                "AMOUNT 项目 amount=213.55万元 {measure=预算}",
                "AMOUNT 项目 amount=240.27万元 {measure=执行数}",
                "COMPLETION 项目 budget=213.55万元 actual=240.27万元 rate=112.5% {of=预算}");
        expect(e, "主要产出和效益是:一是月业务经办量达22,186;二是对参保对象组织开展稽核量达938人次;三是咨询电话接通率达85%;四是社会保险业务培训量达1,262人次。",
                "COUNT 参保对象组织开展稽核量 count=938 {unit=人次}",
                "AMOUNT 咨询电话接通率 amount=85%",
                "COUNT 社会保险业务培训量 count=1262 {unit=人次}");
        Map<String, List<String>> actual = ClaimText.bySentence(statements);
        for (Map.Entry<String, List<String>> x : e.entrySet()) {
            assertEquals(x.getValue(), actual.get(x.getKey()), x.getKey());
        }
        assertEquals(e.keySet(), actual.keySet(), "sentences that make claims");
    }
}

package io.github.suanzhang.reconcile.rules.narrative.subject;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a claim's figure is of the subject as the tables hold it, or of some part or scope of it that no
 * table line holds. Answers the reason to abstain, or empty when the claim may be compared.
 * <ul>
 *   <li>{@code performance}: a sentence under a 绩效 heading, or about 绩效评价/绩效自评, speaks of the funds
 *       of the projects evaluated ({@code 对3个项目开展了部门评价,涉及一般公共预算支出1,639.34万元};
 *       {@code 全年预算数0万元,执行数0万元,完成预算的0%}), not of the tables' lines;</li>
 *   <li>{@code coverage}: {@code 涉及X N万元} says how much of X something covers, not X's total;</li>
 *   <li>{@code part-of:项目支出} / {@code part-of:基本支出}: a class amount in a sentence (or under a heading)
 *       about 项目支出 or 基本支出 ({@code 项目支出预算417.41万元,…其中:一般公共服务支出417.41万元}) is that
 *       class's project (basic) part, not its total.</li>
 * </ul>
 */
public final class ClaimScope {
    private static final Pattern PERFORMANCE = Pattern.compile("绩效(?:评价|自评|管理|目标|运行监控|监控)|部门评价|重点评价|评价结果");
    private static final Pattern PART = Pattern.compile("(项目支出|基本支出)");

    private ClaimScope() {
    }

    private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、](?!\\d))");
    /** How many sentences back the heading of the item a sentence stands in is sought. */
    private static final int ITEM_LOOK_BACK = 6;

    /**
     * As {@link #abstention(Claim, Statement, boolean)}, and a subject code stated in a sentence that goes on
     * with an item headed 项目支出/基本支出 ({@code (二)项目支出:…其中:一般公共服务支出3.00万元…。} then
     * {@code 公共安全支出40230.95万元,主要用于…}): {@code part-of:…} too. {@code statements} are the
     * disclosure's, {@code index} this statement's place among them.
     */
    public static Optional<String> abstention(Claim claim, java.util.List<Statement> statements, int index, boolean codeSubject) {
        Statement statement = statements.get(index);
        Optional<String> own = abstention(claim, statement, codeSubject);
        if (own.isPresent() || !codeSubject || ITEM_START.matcher(statement.text()).find()) {
            return own;
        }
        for (int i = index - 1; i >= 0 && i >= index - ITEM_LOOK_BACK; i--) {
            Statement t = statements.get(i);
            if (!java.util.Objects.equals(t.section(), statement.section())) {
                break;
            }
            if (ITEM_START.matcher(t.text()).find()) {
                String head = t.text().replaceFirst("[:：,，。].*$", "");
                var m = PART.matcher(head);
                return m.find() ? Optional.of("part-of:" + m.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code claim} of {@code statement} cannot be compared with the table lines of its subject, or
     * empty. {@code codeSubject} says whether the subject resolved to a subject code (the part-of test
     * applies only to those: a general subject such as 项目支出 is the part itself).
     */
    public static Optional<String> abstention(Claim claim, Statement statement, boolean codeSubject) {
        String text = statement.text();
        String section = statement.section() == null ? "" : statement.section();
        if (PERFORMANCE.matcher(text).find() || PERFORMANCE.matcher(lastPart(section)).find()) {
            return Optional.of("performance");
        }
        String subject = claim.subject() == null ? "" : claim.subject();
        if (!subject.isEmpty() && Pattern.compile("涉及[^,;。]{0,12}" + Pattern.quote(subject)).matcher(text).find()) {
            return Optional.of("coverage");
        }
        if (codeSubject) {
            for (Claim other : statement.claims()) {
                if (other == claim) {
                    break;
                }
                if (other.kind() == ClaimKind.AMOUNT && other.subject() != null) {
                    var m = PART.matcher(other.subject());
                    if (m.find() && other.subject().strip().endsWith(m.group(1))) {
                        return Optional.of("part-of:" + m.group(1));
                    }
                }
            }
            var h = PART.matcher(lastPart(section));
            if (h.find()) {
                return Optional.of("part-of:" + h.group(1));
            }
        }
        return Optional.empty();
    }

    private static String lastPart(String section) {
        int i = section.lastIndexOf('>');
        return (i < 0 ? section : section.substring(i + 1)).strip();
    }
}

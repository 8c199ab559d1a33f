package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.ITEM_NUMBER;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.headSubject;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.FigureRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a sentence leaves to the sentences after it: the {@link Context} they read an unnamed subject from.
 * Stateless.
 */
final class ContextCarrier {
    private static final Pattern SECTION_TITLE_END = Pattern.compile(".*(?:说明|情况)[。]?$");

    private ContextCarrier() {
    }

    /** See {@link ClaimExtractor#contextAfter}; {@code s} is the cleaned sentence. */
    static Context after(String s, List<Claim> claims, Context previous) {
        previous = previous == null ? Context.NONE : previous;
        boolean numbered = ITEM_NUMBER.matcher(s).find();
        boolean hasFigures = claims.stream().anyMatch(c -> !c.figures().isEmpty());
        Claim names = claims.stream().filter(c -> c.kind() == ClaimKind.CLASS_NAMES).findFirst().orElse(null);
        if (names != null && !hasFigures) {
            return new Context(names.subject(), null, names.attributes(), true);
        }
        if (numbered && !hasFigures && s.length() <= 30 && !SECTION_TITLE_END.matcher(s).matches()) {
            String head = headSubject(s);
            if (head != null) {
                return new Context(head, null, Map.of(), true);
            }
        }
        Claim main = null;
        Claim budget = null;
        for (Claim c : claims) {
            if (c.kind() == ClaimKind.AMOUNT && c.subject() != null && !c.attributes().containsKey(ClaimAttribute.CONTEXT)
                    && c.figure(FigureRole.AMOUNT).unit().isMonetary()) {
                String m = c.attributes().get(ClaimAttribute.MEASURE);
                if (!"预算".equals(m) && !"年初预算".equals(m) && main == null) {
                    main = c;
                } else if ("预算".equals(m) && budget == null) {
                    budget = c;
                }
            }
        }
        if (main == null && budget != null) {
            // a sentence that names its own subject passes it on, also when it states only a budget:
            // 此外,基本支出预算数为7666.68万元。与上年相比增加844.15万元 (the 基本支出's change);
            // (2)交通运输支出(类)…公路水路运输(项)预算为177.92万元。比上年执行数减少… (the 项's, not an earlier subject's)
            main = budget;
        }
        Claim total = breakdownTotal(claims);
        if (total != null) {
            // 支出预算680.00万元,其中:一般公共服务支出3.00万元,…。支出较去年减少…: the sentence is about the total
            // its list is of, not about the list's first item
            main = total;
        }
        if (previous.heading() && previous.amount() != null && main != null && s.endsWith(";")
                && !numbered && claims.stream().anyMatch(c -> c.kind() == ClaimKind.SHARE)) {
            return previous;   // 合计13649.07万元,其中: 基本支出…,占56.17%; 项目支出…,占42.89%; — shares of the 合计
        }
        Claim beforeParen = amountBeforeClosingParen(s, claims);
        if (beforeParen != null) {
            // …公务用车购置及运行维护费6.54万元(公务用车购置费0万元,…;公务用车运行维护费6.54万元,比上年减少14.85万元。)
            // 比上年减少14.85万元,下降69.4%: the next sentence goes on with the amount before the parenthesis
            return new Context(beforeParen.subject(), beforeParen.figure(FigureRole.AMOUNT), attrsOfClass(beforeParen), false);
        }
        if (s.endsWith(":") && main != null) {
            return new Context(main.subject(), main.figure(FigureRole.AMOUNT), attrsOfClass(main), true);
        }
        if (previous.heading() && (main == null || numbered) && !(numbered && main != null && previous.amount() == null)) {
            return previous;
        }
        if (previous.heading() && previous.amount() != null && numbered) {
            return previous;
        }
        if (main != null) {
            return new Context(main.subject(), main.figure(FigureRole.AMOUNT), attrsOfClass(main), false);
        }
        return previous;
    }

    /**
     * When {@code s} ends inside a parenthesis closed by {@code 。)}, the amount claim printed right before the
     * opening {@code (}; else null.
     */
    private static Claim amountBeforeClosingParen(String s, List<Claim> claims) {
        if (!s.endsWith("。)")) {
            return null;
        }
        int depth = 0;
        int open = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open <= 0) {
            return null;
        }
        String head = s.substring(0, open);
        for (Claim c : claims) {
            if (c.kind() == ClaimKind.AMOUNT && c.subject() != null && !c.attributes().containsKey(ClaimAttribute.CONTEXT)
                    && c.figure(FigureRole.AMOUNT).unit().isMonetary() && !c.text().isEmpty() && head.endsWith(c.text())) {
                return c;
            }
        }
        return null;
    }

    /**
     * The amount claim of the total of the sentence's own breakdown ({@code X A万元,其中:…}), or null when the
     * sentence has no breakdown or its total is inherited.
     */
    private static Claim breakdownTotal(List<Claim> claims) {
        for (Claim b : claims) {
            if (b.kind() != ClaimKind.BREAKDOWN || b.subject() == null || b.figure(FigureRole.TOTAL) == null
                    || b.attributes().containsKey(ClaimAttribute.CONTEXT)) {
                continue;
            }
            for (Claim c : claims) {
                if (c.kind() == ClaimKind.AMOUNT && b.subject().equals(c.subject())
                        && !c.attributes().containsKey(ClaimAttribute.CONTEXT) && c.figure(FigureRole.AMOUNT).equals(b.figure(FigureRole.TOTAL))) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Map<String, String> attrsOfClass(Claim c) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of(ClaimAttribute.CLASS, ClaimAttribute.SECTION, ClaimAttribute.ITEM)) {
            if (c.attributes().containsKey(k)) {
                m.put(k, c.attributes().get(k));
            }
        }
        return m;
    }
}

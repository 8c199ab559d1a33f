package io.github.suanzhang.reconcile.rules.narrative.subject;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole a share is of, when the sentence does not name it ({@code 项目支出5,573万元,占25.38%;}): the head
 * of the list the item stands in, never the item before it.
 * <ul>
 *   <li>A named whole ({@code 占本年支出合计的…}, the claim's {@code of}) is the whole.</li>
 *   <li>An inherited subject (the claim's {@code context}) is the whole when it heads the list: the amount a
 *       sentence states before its {@code 其中}/{@code 包括} or its closing colon ({@code 本年收入预算合计21,955.35万元,其中:}).</li>
 *   <li>When the inherited subject is a sibling, the previous item with a share of its own
 *       ({@code 日常公用支出12,237.94万元,占12.3%;} then {@code 项目支出28,506.17万元,占28.7%。}), its whole is
 *       this item's whole too: the search goes up the list to its head.</li>
 *   <li>A sibling without a whole of its own (an item of an enumeration {@code 包括A 6,701.98万元、B 18.00万元…},
 *       or a subject code of the same level as the part's), or a subject code that is not above the part's,
 *       is no whole: {@link Whole#reason()} {@code no-whole}, and the rule does not compare.</li>
 * </ul>
 * See docs/rules/narrative.share.md.
 */
public final class ShareWhole {
    /** How far up a list the search goes. */
    private static final int MAX_DEPTH = 8;
    /** How many sentences back the sentence stating an inherited subject is sought. */
    private static final int LOOK_BACK = 40;
    private static final Pattern INTRODUCER = Pattern.compile("其中|包括|分别为|主要有");

    private ShareWhole() {
    }

    /**
     * The whole: a name to look up ({@code name}), or a reason not to compare ({@code reason}), or neither
     * (nothing stated or inherited: the rule has no base, as before).
     */
    public record Whole(String name, String reason) {
        static final Whole NONE = new Whole(null, null);

        static Whole named(String name) {
            return new Whole(name, null);
        }

        static Whole abstain(String reason) {
            return new Whole(null, reason);
        }
    }

    /**
     * The whole of {@code share}, the claim of statement {@code index} in {@code statements}; {@code index} resolves
     * subjects (to tell a code above the part from a sibling).
     */
    public static Whole of(List<Statement> statements, int index, Claim share, SubjectIndex subjects) {
        return of(statements, index, share, subjects, 0);
    }

    private static Whole of(List<Statement> statements, int index, Claim share, SubjectIndex subjects, int depth) {
        String of = share.attributes().get(ClaimAttribute.OF);
        if (of != null && !of.isBlank()) {
            return Whole.named(of);
        }
        String context = share.attributes().get(ClaimAttribute.CONTEXT);
        if (context == null || context.isBlank()) {
            return Whole.NONE;
        }
        if (depth > MAX_DEPTH) {
            return Whole.abstain("no-whole");
        }
        // the sentence that stated the inherited subject (not inheriting it itself)
        for (int i = index - 1; i >= 0 && i >= index - LOOK_BACK; i--) {
            Statement t = statements.get(i);
            Claim stated = statedAmount(t, context);
            if (stated == null) {
                continue;
            }
            for (Claim c : t.claims()) {
                if (c.kind() == ClaimKind.SHARE && Objects.equals(c.subject(), context) && c != share) {
                    return of(statements, i, c, subjects, depth + 1); // a sibling with its own share: the same whole
                }
            }
            if (listItem(t, stated)) {
                return Whole.abstain("no-whole"); // 包括A 6,701.98万元、B 18.00万元…: A is B's sibling, not its whole
            }
            if (heads(t, stated)) {
                return Whole.named(context);
            }
            return notAbove(share, context, subjects) ? Whole.abstain("no-whole") : Whole.named(context);
        }
        return notAbove(share, context, subjects) ? Whole.abstain("no-whole") : Whole.named(context);
    }

    /** The AMOUNT claim of {@code t} that states {@code subject} itself (not inherited), or null. */
    private static Claim statedAmount(Statement t, String subject) {
        for (Claim c : t.claims()) {
            if (c.kind() == ClaimKind.AMOUNT && subject.equals(c.subject()) && !c.attributes().containsKey(ClaimAttribute.CONTEXT)) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code c} stands after a list introducer (包括 / 其中 …) of {@code t}: an item, not the head. */
    private static boolean listItem(Statement t, Claim c) {
        int at = position(t, c);
        Matcher m = INTRODUCER.matcher(t.text());
        return at >= 0 && m.find() && m.start() < at && amountsAfter(t, m.start()) >= 2;
    }

    /** Whether {@code c} heads a list: stated before 其中/包括 or in a sentence ending with a colon. */
    private static boolean heads(Statement t, Claim c) {
        int at = position(t, c);
        String text = t.text().strip();
        Matcher m = INTRODUCER.matcher(text);
        boolean beforeIntroducer = at >= 0 && m.find() && m.start() > at;
        return beforeIntroducer || text.endsWith(":") || text.endsWith("：");
    }

    private static int amountsAfter(Statement t, int from) {
        int n = 0;
        for (Claim c : t.claims()) {
            if (c.kind() == ClaimKind.AMOUNT && !c.attributes().containsKey(ClaimAttribute.CONTEXT) && position(t, c) > from) {
                n++;
            }
        }
        return n;
    }

    /** Where {@code c}'s words end in {@code t}'s text (its figure; the words may begin with 包括/其中), or -1. */
    private static int position(Statement t, Claim c) {
        int at = c.text().isEmpty() ? -1 : t.text().indexOf(c.text());
        return at < 0 ? -1 : at + c.text().length() - 1;
    }

    /**
     * Whether the whole is a subject code not above the part's: both resolve to codes and the whole's is not
     * an ancestor (a sibling class, a project name); or the part is a code and the whole neither a code nor a
     * general subject (a project stated in some earlier sentence).
     */
    private static boolean notAbove(Claim share, String context, SubjectIndex subjects) {
        SubjectIndex.Resolution part = subjects.resolve(share);
        SubjectIndex.Resolution whole = subjects.resolve(context, null, java.util.Map.of());
        if (part.kind() != SubjectIndex.Resolution.Kind.CODE) {
            return false; // a general or unresolved part: the whole cannot be placed relative to it
        }
        if (whole.kind() == SubjectIndex.Resolution.Kind.GENERAL) {
            return false;
        }
        if (whole.kind() != SubjectIndex.Resolution.Kind.CODE) {
            return true;
        }
        String p = part.code().digits();
        String w = whole.code().digits();
        return !(p.length() > w.length() && p.startsWith(w));
    }
}

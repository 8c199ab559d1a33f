package io.github.suanzhang.reconcile.rules.narrative.subject;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.reconcile.rules.narrative.Names;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 类 and 款 a claim's subject sits under, as the text states them: the claim's own {@code 类}/{@code 款}
 * attributes; else the class names stated earlier in the same sentence ({@code 审计事务(款)事业运行(项)支出…}:
 * the reader emits the 款 as a claim of its own); else the paragraph heading the sentence stands under
 * ({@code (一)一般公共服务支出(类)}). A 项 name that the tables carry under several 款 (事业运行, 行政运行,
 * 其他…支出) is that 款's only when the sentence or its heading says which.
 *
 * @param cls the stated 类 name, or null
 * @param sec the stated 款 name, or null
 */
public record StatedParents(String cls, String sec) {
    public static final StatedParents NONE = new StatedParents(null, null);

    private static final Pattern HEADING_CLASS = Pattern.compile("([^>()\\d、.]{2,30})\\((?:\\d{3})?类\\)\\s*$");
    private static final Pattern HEADING_SECTION = Pattern.compile("([^>()\\d、.]{2,30})\\((?:\\d{2}|\\d{5})?款\\)\\s*$");

    /** Whether a parent is stated. */
    public boolean any() {
        return cls != null || sec != null;
    }

    /** The parents of {@code claim} in {@code statement} (see the type's description). */
    public static StatedParents of(Claim claim, Statement statement) {
        String cls = blankToNull(claim.attributes().get(ClaimAttribute.CLASS));
        String sec = blankToNull(claim.attributes().get(ClaimAttribute.SECTION));
        boolean ownItem = claim.attributes().get(ClaimAttribute.ITEM) != null;
        if (statement != null && (cls == null || sec == null) && ownItem) {
            for (Claim c : statement.claims()) {
                if (c == claim) {
                    break;
                }
                if (c.kind() != ClaimKind.CLASS_NAMES) {
                    continue;
                }
                if (cls == null) {
                    cls = blankToNull(c.attributes().get(ClaimAttribute.CLASS));
                }
                if (sec == null) {
                    sec = blankToNull(c.attributes().get(ClaimAttribute.SECTION));
                }
            }
        }
        if (statement != null && cls == null && (ownItem || sec != null) && statement.section() != null) {
            String last = lastPart(statement.section());
            Matcher m = HEADING_CLASS.matcher(last);
            if (m.find()) {
                cls = strip(m.group(1));
            } else if (sec == null) {
                Matcher k = HEADING_SECTION.matcher(last);
                if (k.find()) {
                    sec = strip(k.group(1));
                }
            }
        }
        return cls == null && sec == null ? NONE : new StatedParents(cls, sec);
    }

    /** The claim's attributes with the stated parents added where the claim has none. */
    public Map<String, String> addTo(Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>(attributes);
        if (cls != null) {
            out.putIfAbsent("类", cls);
        }
        if (sec != null) {
            out.putIfAbsent("款", sec);
        }
        return out;
    }

    /**
     * Whether {@code code}'s 类 and 款 (those stated, null for not stated) carry the stated names in the
     * tables of {@code index}, exactly (normalised) or as a {@linkplain Names#variant wording variant}.
     */
    public static boolean carries(SubjectIndex index, SubjectCode code, String cls, String sec) {
        if (code.scheme() != Scheme.FUNCTIONAL) {
            return false;
        }
        String[] wanted = {cls, sec};
        int[] lengths = {3, 5};
        for (int i = 0; i < 2; i++) {
            String want = wanted[i];
            if (want == null || want.isBlank()) {
                continue;
            }
            if (code.digits().length() <= lengths[i]) {
                return false;
            }
            String printed = index.nameOf(SubjectCode.functional(code.digits().substring(0, lengths[i]))).orElse(null);
            if (printed == null || !(Names.normalise(printed).equals(Names.normalise(want)) || Names.variant(printed, want))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tables of {@code index} print a 类 named {@code cls} or a 款 named {@code sec} (null: not stated). */
    public static boolean anyPrinted(SubjectIndex index, String cls, String sec) {
        for (SubjectCode c : index.codes()) {
            if (c.scheme() != Scheme.FUNCTIONAL) {
                continue;
            }
            String want = c.digits().length() == 3 ? cls : c.digits().length() == 5 ? sec : null;
            if (want != null && !want.isBlank() && index.nameOf(c)
                    .map(n -> Names.normalise(n).equals(Names.normalise(want)) || Names.variant(n, want)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String lastPart(String section) {
        int i = section.lastIndexOf('>');
        return (i < 0 ? section : section.substring(i + 1)).strip();
    }

    private static String strip(String heading) {
        return heading.replaceFirst("^[\\s(（]*[一二三四五六七八九十]+[)）、]\\s*", "").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

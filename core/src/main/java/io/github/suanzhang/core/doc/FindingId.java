package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.number.Amount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stable id of a finding: the same finding in the same document gets the same id in every run and in
 * every version that does not change what was compared. It is derived only from
 * <ul>
 *   <li>the document: the sha256 of the source's bytes (its file name when there is no hash);</li>
 *   <li>the rule id;</li>
 *   <li>each evidence place: the other document's file when the place is in another document, page, box rounded to whole points, line of a text export, and the text read
 *       there (in the rule's order of evidence);</li>
 *   <li>the printed figures compared: each role with its raw text as printed (figures the rule computed,
 *       which have no raw text, such as {@code difference}, are left out: they follow from the others,
 *       and how they are printed may change between versions).</li>
 * </ul>
 * Never from the finding's position in the list, the message wording, the severity or the time. Two
 * findings with the same id say the same thing about the same printed figures: {@link #distinct} keeps
 * one of them.
 *
 * <p>The id is 16 lowercase hex digits (64 bits of a SHA-256 over the parts above).
 */
public final class FindingId {
    private FindingId() {
    }

    /** The id of {@code f} in the document {@code source} (null: an in-code document without a name). */
    public static String of(Source source, Finding f) {
        return of(documentKey(source), f);
    }

    /** The id of {@code f} in the document whose key ({@link #documentKey}) is {@code document}. */
    public static String of(String document, Finding f) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("suanzhang-finding/1\u0000").append(document == null ? "" : document).append('\u0000')
                .append(f.rule()).append('\u0000');
        for (Evidence e : f.evidence()) {
            Place p = e.place();
            sb.append('E');
            if (e.document() != null) {
                sb.append('D').append(e.document()).append(' '); // a place in another document (batch.*)
            }
            sb.append(p.page()).append(' ').append(p.line());
            Box b = p.box();
            if (b != null) {
                sb.append(' ').append(Math.round(b.x0())).append(' ').append(Math.round(b.y0())).append(' ')
                        .append(Math.round(b.x1())).append(' ').append(Math.round(b.y1()));
            }
            sb.append('\u0001').append(e.text() == null ? "" : e.text()).append('\u0000');
        }
        for (Map.Entry<String, Amount> fig : f.figures().entrySet()) {
            Amount a = fig.getValue();
            if (a == null || a.raw() == null) {
                continue; // computed by the rule: follows from the printed figures
            }
            sb.append('F').append(fig.getKey()).append('=').append(a.raw()).append('\u0000');
        }
        return hex16(sb.toString());
    }

    /** What identifies the document in an id: the sha256 of its bytes, else its file name, else "". */
    public static String documentKey(Source source) {
        if (source == null) {
            return "";
        }
        if (source.sha256() != null && !source.sha256().isBlank()) {
            return source.sha256().toLowerCase(Locale.ROOT);
        }
        return source.file() == null ? "" : source.file();
    }

    /**
     * The findings without exact repeats: of several findings with the same id (same rule, same places and
     * texts, same printed figures) the first is kept; order is otherwise unchanged.
     */
    public static List<Finding> distinct(Source source, List<Finding> findings) {
        String key = documentKey(source);
        Map<String, Finding> seen = new LinkedHashMap<>();
        for (Finding f : findings) {
            seen.putIfAbsent(of(key, f), f);
        }
        return seen.size() == findings.size() ? findings : new ArrayList<>(seen.values());
    }

    /** {@link #distinct} applied to an audit's findings. */
    public static Audit distinct(Audit audit) {
        List<Finding> d = distinct(audit.disclosure().source(), audit.findings());
        return d == audit.findings() ? audit : audit.withFindings(d);
    }

    private static String hex16(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

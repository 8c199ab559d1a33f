package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.ExtractOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a passage of narrative text (lines of a text export or of a PDF's text layer) into statements:
 * paragraphs are runs of non-blank lines; each is {@linkplain SentenceSplitter split}; each sentence's
 * claims are {@linkplain ClaimExtractor extracted} with the {@link Context} the sentences before it leave
 * (an item heading, a list introducer, the previous main subject). A section heading
 * ({@code 三、支出决算情况说明}) resets the context. Stateless.
 */
public final class NarrativeReader {

    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]部分)");

    private static final Pattern ITEM_START = Pattern.compile(
            "^\\s*(?:[-•]\\s*)?(?:\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\)|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|图\\s*\\d|第)");

    private NarrativeReader() {
    }

    /**
     * Long (a last line of at least {@code minLength} characters, {@link ExtractOptions.Paragraphs#minBrokenLine}),
     * and not ended by 。;:!? — a sentence the blank line interrupted.
     */
    static boolean brokenMidSentence(CharSequence paragraph, int minLength) {
        String t = TextNormalizer.normalize(paragraph.toString()).strip();
        if (t.isEmpty()) {
            return false;
        }
        String lastLine = t.substring(t.lastIndexOf('\n') + 1).strip();
        char last = t.charAt(t.length() - 1);
        if ("。;:!?".indexOf(last) >= 0) {
            return false;
        }
        // a heading line ((三)…具体情况, 图1:…: an item start without figures or punctuation) is not a
        // broken sentence; any other line of some length is
        if (startsItem(lastLine) && !lastLine.matches(".*[\\d,;:。、].*")) {
            return false;
        }
        return lastLine.replaceAll("\\s", "").length() >= minLength || last == ',' || last == '、';
    }

    /** Whether a line starts a numbered item (1. 1、 (一) 一、 (1) 图1 第…). */
    public static boolean startsItem(String line) {
        return ITEM_START.matcher(TextNormalizer.normalize(line)).find();
    }

    /**
     * @param lines     the passage, one element per line
     * @param firstLine the 1-based line number of {@code lines[0]} in its source (for places), or 0
     * @param section   the heading the passage stands under, or null
     */
    public static List<Statement> read(List<String> lines, int firstLine, String section) {
        return read(lines, firstLine, section, Context.NONE).statements();
    }

    /** Statements read from a passage, and the context its last sentence leaves for what follows. */
    public record Passage(List<Statement> statements, Context context) {
    }

    /**
     * As {@link #read(List, int, String)}, starting from the context the passage before it left (a list
     * introducer {@code …主要用于以下方面:} whose items the export printed as paragraphs of their own).
     */
    public static Passage read(List<String> lines, int firstLine, String section, Context from) {
        return read(lines, firstLine, section, from, ExtractOptions.Paragraphs.DEFAULTS);
    }

    /** As {@link #read(List, int, String, Context)}, with the paragraph options {@code o}. */
    public static Passage read(List<String> lines, int firstLine, String section, Context from,
                               ExtractOptions.Paragraphs o) {
        List<Statement> out = new ArrayList<>();
        Context ctx = from == null ? Context.NONE : from;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder p = new StringBuilder();
            while (i < lines.size()) {
                while (i < lines.size() && !lines.get(i).isBlank()) {
                    p.append(lines.get(i)).append('\n');
                    i++;
                }
                // a paragraph broken by a blank line mid-sentence (text exports): join the next one
                int next = i;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size() && brokenMidSentence(p, o.minBrokenLine()) && !startsItem(lines.get(next))) {
                    i = next;
                } else {
                    break;
                }
            }
            Place place = firstLine > 0 ? Place.atLine(firstLine + start) : Place.UNKNOWN;
            for (String sentence : SentenceSplitter.split(TextNormalizer.normalize(p.toString()))) {
                if (SECTION_HEADING.matcher(sentence).find()) {
                    ctx = Context.NONE;
                }
                List<Claim> claims = ClaimExtractor.extract(sentence, place, ctx);
                ctx = ClaimExtractor.contextAfter(sentence, claims, ctx);
                out.add(new Statement(sentence, section, place, claims));
            }
        }
        return new Passage(out, ctx);
    }
}

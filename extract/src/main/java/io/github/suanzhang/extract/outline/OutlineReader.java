package io.github.suanzhang.extract.outline;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.table.TableLocator;
import io.github.suanzhang.extract.table.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's outline: the printed table of contents (目录) and the numbered headings of the body, as
 * {@link OutlineEntry} records in reading order.
 *
 * <p><b>Contents</b>: the first page among the first six whose line reads {@code 目录} (spaces ignored),
 * and the pages right after it whose lines mostly end in leader dots and a page number. Each printed line
 * (runs on one baseline joined) is an entry; leader dots and the trailing page number are taken off; a
 * line without a page number followed by one that has one and does not start a numbering is joined to it
 * (an entry wrapped over two lines).
 *
 * <p><b>Headings</b>: outside tables and the contents pages, a line that starts with a numbering
 * ({@code 第一部分}, {@code 一、}, {@code （一）}, {@code 1.}/{@code 1、}), is at most 40 characters, and has no
 * amount, percentage or clause mark (a numbered sentence or list item {@code 1.提供戒毒医疗服务；} is not a heading).
 */
public final class OutlineReader {
    private OutlineReader() {
    }

    /** The numbering at the start of a line; group 1 第…部分, 2 一、, 3 (一), 4 1. or 1、. */
    static final Pattern NUMBER = Pattern.compile(
            "^(?:(第[一二三四五六七八九十]{1,3}部分)|([一二三四五六七八九十]{1,3}、)|([(（][一二三四五六七八九十]{1,3}[)）])|(\\d{1,2}(?:[.．、](?!\\d)|[.．、](?=(?:19|20)\\d{2}年))))");
    /** Leader dots (or dashes, middle dots, spaces) and a page number at the end of a contents line. */
    static final Pattern LEADER_PAGE = Pattern.compile("^(.*?)[.…·．\\-—_\\s]{3,}(\\d{1,3})$");
    private static final Pattern CONTENTS_TITLE = Pattern.compile("^目录$");
    private static final Pattern NOT_HEADING = Pattern.compile(".*(?:元|%|[,，;；:：。]).*");

    /** The outline of the pages, the lines that belong to tables left out of the headings. */
    public static List<OutlineEntry> read(List<TableLocator.PageLayout> pages, Set<TextLine> tableLines) {
        List<OutlineEntry> out = new ArrayList<>();
        int tocFirst = -1;
        for (int i = 0; i < pages.size() && i < 6 && tocFirst < 0; i++) {
            for (Row r : rows(pages.get(i))) {
                if (CONTENTS_TITLE.matcher(r.text).matches()) {
                    tocFirst = i;
                    break;
                }
            }
        }
        int tocLast = tocFirst;
        if (tocFirst >= 0) {
            while (tocLast + 1 < pages.size() && mostlyContents(rows(pages.get(tocLast + 1)))) {
                tocLast++;
            }
            for (int i = tocFirst; i <= tocLast; i++) {
                List<Row> rows = rows(pages.get(i));
                if (i == tocFirst) {
                    // the document's title printed above 目录 is no entry
                    int at = 0;
                    while (at < rows.size() && !CONTENTS_TITLE.matcher(rows.get(at).text).matches()) {
                        at++;
                    }
                    rows = rows.subList(Math.min(at + 1, rows.size()), rows.size());
                }
                contents(rows, out);
            }
            bodyAfterContents(out);
        }
        for (int i = 0; i < pages.size(); i++) {
            if (tocFirst >= 0 && i >= tocFirst && i <= tocLast) {
                continue;
            }
            TableLocator.PageLayout p = pages.get(i);
            for (TextLine l : p.lines()) {
                if (tableLines.contains(l)) {
                    continue;
                }
                String t = compact(l.text());
                OutlineEntry e = heading(t, Place.onPage(p.page(), l.box()));
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * The body may start on the last contents page: an entry that repeats an earlier entry's words is the
     * body's heading, not a second contents line; it and what follows it on that page become headings.
     */
    private static void bodyAfterContents(List<OutlineEntry> out) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            OutlineEntry e = out.get(i);
            if (!seen.add(e.text())) {
                for (int j = i; j < out.size(); j++) {
                    OutlineEntry b = out.get(j);
                    OutlineEntry h = heading(b.text(), b.place());
                    out.set(j, h != null ? h : null);
                }
                out.removeIf(java.util.Objects::isNull);
                return;
            }
        }
    }

    /** A body line as a heading entry, or null when it is not one. */
    static OutlineEntry heading(String compactText, Place place) {
        Matcher m = NUMBER.matcher(compactText);
        if (!m.find() || compactText.length() > 40 || NOT_HEADING.matcher(compactText).matches()) {
            return null;
        }
        int level = level(m);
        String title = compactText.substring(m.end());
        if (title.length() < 2 || !hasHan(title) || (level == 4 && title.length() > 30)) {
            return null;
        }
        return new OutlineEntry(OutlineEntry.Kind.HEADING, level, m.group(), title, place, null);
    }

    private static int level(Matcher m) {
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }

    private static void contents(List<Row> rows, List<OutlineEntry> out) {
        String pending = null;
        Place pendingPlace = null;
        for (Row r : rows) {
            String t = r.text;
            if (CONTENTS_TITLE.matcher(t).matches() || t.isEmpty() || t.matches("^[-—\\d\\s]+$")) {
                continue;
            }
            Matcher lp = LEADER_PAGE.matcher(t);
            String title = t;
            Integer listed = null;
            if (lp.matches()) {
                title = lp.group(1).replaceAll("[.…·．\\-—_]+$", "");
                listed = Integer.valueOf(lp.group(2));
            }
            if (pending != null) {
                if (listed != null && !NUMBER.matcher(title).find()) {
                    title = pending + title;
                    r = new Row(title, pendingPlace);
                } else {
                    add(pending, pendingPlace, null, out);
                }
                pending = null;
            }
            if (listed == null) {
                pending = title;
                pendingPlace = r.place;
                continue;
            }
            add(title, r.place, listed, out);
        }
        if (pending != null) {
            add(pending, pendingPlace, null, out);
        }
    }

    private static void add(String text, Place place, Integer listed, List<OutlineEntry> out) {
        if (!hasHan(text)) {
            return;
        }
        Matcher m = NUMBER.matcher(text);
        int level = 0;
        String number = "";
        String title = text;
        if (m.find()) {
            level = level(m);
            number = m.group();
            title = text.substring(m.end());
        }
        out.add(new OutlineEntry(OutlineEntry.Kind.CONTENTS, level, number, title, place, listed));
    }

    private static boolean mostlyContents(List<Row> rows) {
        int n = 0;
        int leader = 0;
        for (Row r : rows) {
            if (r.text.isEmpty() || r.text.matches("^[-—\\d\\s]+$")) {
                continue;
            }
            n++;
            if (LEADER_PAGE.matcher(r.text).matches()) {
                leader++;
            }
        }
        return n >= 3 && leader * 2 > n;
    }

    /** A printed line: the page's runs on one baseline joined left to right, whitespace removed, normalised. */
    private record Row(String text, Place place) {
    }

    private static List<Row> rows(TableLocator.PageLayout p) {
        List<TextLine> ls = new ArrayList<>(p.lines());
        ls.sort((a, b) -> Double.compare(a.box().y1(), b.box().y1()));
        List<Row> out = new ArrayList<>();
        List<TextLine> cur = new ArrayList<>();
        for (TextLine l : ls) {
            if (!cur.isEmpty()) {
                TextLine c = cur.get(0);
                double h = Math.max(c.box().height(), l.box().height());
                if (Math.abs(c.box().y1() - l.box().y1()) >= 0.5 * h) {
                    out.add(row(p.page(), cur));
                    cur = new ArrayList<>();
                }
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) {
            out.add(row(p.page(), cur));
        }
        return out;
    }

    private static Row row(int page, List<TextLine> runs) {
        runs.sort((a, b) -> Double.compare(a.box().x0(), b.box().x0()));
        StringBuilder sb = new StringBuilder();
        Box box = null;
        for (TextLine l : runs) {
            sb.append(l.text());
            box = box == null ? l.box() : box.union(l.box());
        }
        return new Row(compact(sb.toString()), Place.onPage(page, box));
    }

    static String compact(String s) {
        return TextNormalizer.compact(s);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}

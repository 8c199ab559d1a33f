package io.github.suanzhang.extract.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Measures how many bytes a page's content decodes to — its content streams plus the form XObjects it
 * can draw (recursively, each stream counted once) — stopping as soon as the total passes a cap. This
 * runs before text extraction because PDFBox decodes a whole stream into a buffer before its content
 * parser sees the first byte: a stream that inflates to hundreds of MB (a decompression bomb) would be
 * held in memory in full. Here each filter writes into a counting sink that refuses bytes beyond the
 * cap, so measuring costs at most the cap in time and, for chained filters only, in memory (the
 * intermediate stage is buffered up to the cap); a single filter streams in constant memory.
 *
 * <p>Images are not measured: they are not decoded to read text or rulings.
 */
final class ContentBudget {
    /** Nesting of form XObjects followed; deeper forms are not measured (PDFBox itself limits nesting). */
    private static final int MAX_FORM_DEPTH = 32;

    private final long cap;
    private long used;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private ContentBudget(long cap) {
        this.cap = cap;
    }

    /**
     * Decoded bytes of the page's content, or a value above {@code cap} (not the exact size) as soon as
     * the cap is passed. A stream that fails to decode counts with the bytes it gave before failing;
     * the failure itself is left to the content parser, which reports it.
     *
     * @param cap bytes, ≥ 0
     */
    static long measure(PDPage page, long cap) {
        ContentBudget b = new ContentBudget(cap);
        b.contents(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
        if (b.used <= cap) {
            b.resources(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), 0);
        }
        return b.used;
    }

    private void contents(COSBase contents) {
        if (contents instanceof COSStream s) {
            stream(s);
        } else if (contents instanceof COSArray a) {
            for (int i = 0; i < a.size() && used <= cap; i++) {
                if (a.getObject(i) instanceof COSStream s) {
                    stream(s);
                }
            }
        }
    }

    private void resources(COSBase res, int depth) {
        if (!(res instanceof COSDictionary r) || depth > MAX_FORM_DEPTH || !seen.add(r)) {
            return;
        }
        if (!(r.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) {
            return;
        }
        for (COSName name : xobjects.keySet()) {
            if (used > cap) {
                return;
            }
            COSBase x = xobjects.getDictionaryObject(name);
            if (x instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                if (stream(form)) {
                    resources(form.getDictionaryObject(COSName.RESOURCES), depth + 1);
                }
            }
        }
    }

    /** Adds the stream's decoded length; false when it was seen before. */
    private boolean stream(COSStream s) {
        if (!seen.add(s)) {
            return false;
        }
        long room = cap - used;
        used += decodedLength(s, room);
        return true;
    }

    /** Decoded length of one stream, or {@code room + 1} once it passes {@code room}. */
    static long decodedLength(COSStream s, long room) {
        List<COSName> filters = filters(s);
        Counter sink = new Counter(room);
        try (InputStream raw = s.createRawInputStream()) {
            if (filters.isEmpty()) {
                raw.transferTo(sink);
            } else {
                InputStream in = raw;
                for (int i = 0; i < filters.size(); i++) {
                    Filter f = FilterFactory.INSTANCE.getFilter(filters.get(i));
                    if (i == filters.size() - 1) {
                        f.decode(in, sink, s, i);
                    } else {
                        Counter stage = new Counter(room, new ByteArrayOutputStream());
                        f.decode(in, stage, s, i);
                        if (stage.over) {
                            return room + 1; // an intermediate stage alone passes the cap
                        }
                        in = new ByteArrayInputStream(((ByteArrayOutputStream) stage.out).toByteArray());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // counted what decoded before the failure (or the cap was reached: Counter throws to stop)
        }
        return sink.over ? room + 1 : sink.count;
    }

    private static List<COSName> filters(COSStream s) {
        COSBase f = s.getFilters();
        List<COSName> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                COSBase e = a.get(i) instanceof COSObject o ? o.getObject() : a.get(i);
                if (e instanceof COSName n) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Counts bytes, passing them on to {@code out}; refuses (throws) once more than {@code limit} arrive. */
    private static final class Counter extends OutputStream {
        final long limit;
        final OutputStream out;
        long count;
        boolean over;

        Counter(long limit) {
            this(limit, OutputStream.nullOutputStream());
        }

        Counter(long limit, OutputStream out) {
            this.limit = limit;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (over) {
                throw new CapReached();
            }
            if (count + len > limit) {
                over = true;
                throw new CapReached();
            }
            count += len;
            out.write(b, off, len);
        }
    }

    /** Thrown into the filter to stop it; never escapes this class. */
    private static final class CapReached extends IOException {
        private static final long serialVersionUID = 1L;

        CapReached() {
            super("decoded content over the cap", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}

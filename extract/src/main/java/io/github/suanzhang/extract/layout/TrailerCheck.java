package io.github.suanzhang.extract.layout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a PDF's end is intact, checked on the bytes before PDFBox parses them. PDFBox is lenient: a
 * file cut short or with a wrong {@code startxref} is silently repaired by scanning for objects, and a
 * file cut at 10% "opens" with no pages. A repaired file may have lost objects (pages, rows of a
 * table), so the repair is reported. PDFBox 3.0.8 keeps its own "trailer was rebuilt" flag private
 * ({@code COSParser.trailerWasRebuild}), hence this check of the same conditions:
 *
 * <ul>
 *   <li>{@code %%EOF} within the last {@value #TAIL} bytes (a download cut short has none);</li>
 *   <li>{@code startxref} followed by an offset within the file;</li>
 *   <li>at that offset (or that offset plus the position of the {@code %PDF-} header, for files with
 *       leading junk): the keyword {@code xref} or an object header {@code N G obj} (a cross-reference
 *       stream).</li>
 * </ul>
 */
final class TrailerCheck {
    /** Bytes at the end of the file searched for {@code %%EOF} and {@code startxref}; PDFBox uses 2048. */
    static final int TAIL = 2048;

    private TrailerCheck() {
    }

    /**
     * @param headerOffset where {@code %PDF-} starts in the file
     * @return null when the end is intact, else what is wrong, in words a person understands
     */
    static String damage(Path file, long headerOffset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.min(size, TAIL);
            String tail = read(ch, size - n, n);
            int eof = tail.lastIndexOf("%%EOF");
            if (eof < 0) {
                return "文件不完整：末尾没有%%EOF标记（下载或复制可能中断）";
            }
            int sx = tail.lastIndexOf("startxref", eof);
            if (sx < 0) {
                return "文件末尾没有startxref（交叉引用表位置缺失）";
            }
            long offset = number(tail, sx + "startxref".length(), eof);
            if (offset < 0) {
                return "startxref后没有有效的偏移量";
            }
            if (offset >= size) {
                return "startxref指向文件之外（偏移" + offset + "，文件" + size + "字节）：文件可能被截断";
            }
            if (pointsAtXref(ch, offset, size) || (headerOffset > 0 && offset + headerOffset < size
                    && pointsAtXref(ch, offset + headerOffset, size))) {
                return null;
            }
            return "startxref（偏移" + offset + "）不指向交叉引用表：交叉引用已损坏，按扫描重建";
        }
    }

    private static boolean pointsAtXref(FileChannel ch, long offset, long size) throws IOException {
        String s = read(ch, offset, (int) Math.min(64, size - offset)).stripLeading();
        if (s.startsWith("xref")) {
            return true;
        }
        // a cross-reference stream: "12 0 obj"
        int i = digits(s, 0);
        if (i == 0) {
            return false;
        }
        int j = spaces(s, i);
        if (j == i) {
            return false;
        }
        int k = digits(s, j);
        if (k == j) {
            return false;
        }
        int l = spaces(s, k);
        return l > k && s.startsWith("obj", l);
    }

    private static long number(String s, int from, int to) {
        int i = spaces(s, from);
        int j = digits(s, i);
        if (j == i || j - i > 18 || j > to) {
            return -1;
        }
        return Long.parseLong(s.substring(i, j));
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int spaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\r' || s.charAt(i) == '\n'
                || s.charAt(i) == '\t' || s.charAt(i) == '\f' || s.charAt(i) == 0)) {
            i++;
        }
        return i;
    }

    private static String read(FileChannel ch, long at, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(Math.max(0, n));
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                break;
            }
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
    }
}

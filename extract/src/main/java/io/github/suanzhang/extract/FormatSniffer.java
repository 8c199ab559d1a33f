package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells what a file is from its first bytes, whatever its name says: a PDF, a text export, or
 * something else (HTML saved as {@code .pdf}, an empty file, an image, an office document).
 *
 * <ul>
 *   <li>{@code %PDF-} within the first {@value #PDF_WINDOW} bytes → PDF (as PDF readers accept it);</li>
 *   <li>zero bytes → empty;</li>
 *   <li>{@code <!DOCTYPE}, {@code <html} (after blanks and a BOM) → HTML;</li>
 *   <li>the first {@value #TEXT_WINDOW} bytes decode as UTF-8 or GB18030 with at most
 *       {@value #MAX_CONTROL_PERMILLE}‰ control characters → text export;</li>
 *   <li>anything else → not a PDF, naming what it looks like where the magic number is known.</li>
 * </ul>
 */
final class FormatSniffer {
    /** How far into the file {@code %PDF-} may start, in bytes (PDF readers accept leading junk up to 1 KiB). */
    public static final int PDF_WINDOW = 1024;
    /** How many bytes the text test decodes. */
    public static final int TEXT_WINDOW = 8192;
    /** Control characters (other than tab, CR, LF, FF) tolerated in a text export, per thousand characters. */
    public static final int MAX_CONTROL_PERMILLE = 5;

    /** What a file is. */
    public enum Kind {
        /** starts with {@code %PDF-} */
        PDF,
        /** a text export: UTF-8 or GB18030 text */
        TEXT,
        /** an HTML page (saved as {@code .pdf}) */
        HTML,
        /** no bytes */
        EMPTY,
        /** anything else */
        OTHER
    }

    /**
     * The verdict.
     *
     * @param kind    what the file is
     * @param charset for {@link Kind#TEXT}, the encoding that decoded it (UTF-8 or GB18030); else null
     * @param message for what cannot be read, why, in words a person understands; else null
     */
    public record Sniff(Kind kind, Charset charset, String message) {
        /** The problem kind for a file that is neither a PDF nor a text export; null for those two. */
        public ProblemKind problemKind() {
            return switch (kind) {
                case PDF, TEXT -> null;
                case EMPTY -> ProblemKind.EMPTY_FILE;
                case HTML, OTHER -> ProblemKind.NOT_A_PDF;
            };
        }
    }

    private FormatSniffer() {
    }

    /** What {@code file} is, by its first bytes (its name is not looked at). */
    public static Sniff sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TEXT_WINDOW);
        }
        return sniff(head, head.length < TEXT_WINDOW);
    }

    /**
     * @param head     the first bytes of the file (up to {@link #TEXT_WINDOW})
     * @param complete true when {@code head} is the whole file (so a multi-byte character cut at the
     *                 end is an error, not the window's edge)
     */
    public static Sniff sniff(byte[] head, boolean complete) {
        if (head.length == 0) {
            return new Sniff(Kind.EMPTY, null, "空文件（0 字节）");
        }
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_WINDOW) >= 0) {
            return new Sniff(Kind.PDF, null, null);
        }
        String start = asciiStart(head);
        if (start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<head")
                || (start.startsWith("<") && indexOfIgnoreCase(head, "<html", PDF_WINDOW) >= 0)) {
            return new Sniff(Kind.HTML, null, "HTML 页面（以 .pdf 命名），不是 PDF");
        }
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            if (isText(head, complete, cs)) {
                return new Sniff(Kind.TEXT, cs, null);
            }
        }
        return new Sniff(Kind.OTHER, null, "不是 PDF，也不是文本导出" + lookalike(head) + "（开头字节: " + hex(head, 8) + "）");
    }

    private static boolean isText(byte[] head, boolean complete, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult r = dec.decode(in, out, complete);
        if (r.isError()) {
            return false;
        }
        if (complete) {
            if (dec.flush(out).isError()) {
                return false;
            }
        } else if (in.remaining() > 4) {
            return false; // stopped early for another reason than a character cut at the window's edge
        }
        out.flip();
        int n = out.remaining();
        if (n == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = out.get(i);
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control * 1000L <= (long) n * MAX_CONTROL_PERMILLE;
    }

    private static String lookalike(byte[] h) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return "（PNG 图片）";
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return "（JPEG 图片）";
        }
        if (startsWith(h, 'P', 'K', 3, 4)) {
            return "（ZIP 压缩包，可能是 .docx/.xlsx/.ofd）";
        }
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "（旧版 Office 文档 .doc/.xls）";
        }
        if (startsWith(h, 0x1F, 0x8B)) {
            return "（gzip 压缩文件）";
        }
        if (startsWith(h, 'R', 'a', 'r', '!')) {
            return "（RAR 压缩包）";
        }
        return "";
    }

    private static boolean startsWith(byte[] h, int... magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first printable ASCII after a UTF-8 BOM and blanks, lower-cased. */
    private static String asciiStart(byte[] h) {
        int i = 0;
        if (h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < h.length && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n')) {
            i++;
        }
        int end = Math.min(h.length, i + 32);
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < end && h[j] > 0; j++) {
            sb.append((char) h[j]);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static int indexOf(byte[] h, byte[] needle, int window) {
        int last = Math.min(h.length, window) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (h[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int indexOfIgnoreCase(byte[] h, String needle, int window) {
        int last = Math.min(h.length, window) - needle.length();
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (Character.toLowerCase((char) (h[i + j] & 0xFF)) != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String hex(byte[] h, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, h.length); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%02X", h[i] & 0xFF));
        }
        return sb.toString();
    }
}

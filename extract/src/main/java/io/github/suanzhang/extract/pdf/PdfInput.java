package io.github.suanzhang.extract.pdf;

import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * An opened PDF. {@link #open} checks the file before PDFBox sees it (empty, not a PDF), loads it with a
 * bounded memory budget, and maps every failure to an {@link ExtractionException} with a
 * {@link ProblemKind}. {@link #scan} reads one page into an immutable {@link PageScan}. Not thread-safe
 * (PDFBox documents are not); close it when done.
 */
public final class PdfInput implements AutoCloseable {
    /** PDF 1.7 §7.5.2 lets readers accept the header within the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;

    private final PDDocument document;
    private final PdfInfo info;
    private final ExtractOptions options;

    private PdfInput(PDDocument document, PdfInfo info, ExtractOptions options) {
        this.document = document;
        this.info = info;
        this.options = options;
    }

    public static PdfInput open(Path file, ExtractOptions options) throws ExtractionException {
        options = options == null ? ExtractOptions.DEFAULTS : options;
        long bytes;
        byte[] head;
        String sha256;
        try {
            bytes = Files.size(file);
            if (bytes == 0) {
                throw new ExtractionException(ProblemKind.EMPTY_FILE, "文件为空（0字节）: " + file.getFileName());
            }
            head = readHead(file);
            sha256 = sha256(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(ProblemKind.OTHER, "文件不存在: " + file, e);
        } catch (IOException e) {
            throw new ExtractionException(ProblemKind.OTHER, "无法读取文件: " + file + ": " + e.getMessage(), e);
        }
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII)) < 0) {
            throw new ExtractionException(ProblemKind.NOT_A_PDF,
                    "不是PDF文件（缺少%PDF-文件头，内容像" + sniff(head) + "）: " + file.getFileName());
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile(), "", streamCache(options.loading()));
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ProblemKind.ENCRYPTED, "PDF已加密，需要打开密码: " + file.getFileName(), e);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        } catch (OutOfMemoryError e) {
            throw new ExtractionException(ProblemKind.TOO_LARGE, "PDF超出内存限制: " + file.getFileName(), e);
        }
        try {
            boolean ownerProtected = doc.isEncrypted();
            if (ownerProtected) {
                // opened with the empty user password: restrictions (e.g. no text extraction) do not bind a reader
                doc.setAllSecurityToBeRemoved(true);
            }
            PDDocumentInformation di = doc.getDocumentInformation();
            PdfInfo info = new PdfInfo(doc.getNumberOfPages(), blankToNull(di.getProducer()), blankToNull(di.getCreator()),
                    blankToNull(di.getTitle()), doc.getVersion(), ownerProtected, sha256, bytes);
            return new PdfInput(doc, info, options);
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw damaged(file, e);
        }
    }

    public PdfInfo info() {
        return info;
    }

    public int pageCount() {
        return info.pageCount();
    }

    /** PDFBox's document, for the few callers in this package that need it. */
    PDDocument document() {
        return document;
    }

    /** Reads one page (1-based): glyphs, rulings, images. */
    public PageScan scan(int pageNumber) throws ExtractionException {
        if (pageNumber < 1 || pageNumber > info.pageCount()) {
            throw new IllegalArgumentException("page " + pageNumber + " not in 1.." + info.pageCount());
        }
        List<Glyph> glyphs;
        try {
            glyphs = GlyphCollector.collect(document, pageNumber);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析（内容流嵌套过深）", e);
        }
        return scan(pageNumber, glyphs);
    }

    /**
     * Reads every page, collecting glyphs in one pass over the document (much faster than {@link #scan}
     * page by page). When that pass fails, falls back to page-by-page reading so that one damaged page
     * fails alone: its failure is reported to {@code onFailure} and the page is left out.
     */
    public List<PageScan> scanAll(Consumer<ExtractionException> onFailure) {
        int n = info.pageCount();
        List<List<Glyph>> glyphs = null;
        try {
            glyphs = GlyphCollector.collect(document, 1, n);
        } catch (IOException | RuntimeException e) {
            glyphs = null; // fall back below
        }
        List<PageScan> out = new ArrayList<>(n);
        for (int p = 1; p <= n; p++) {
            try {
                out.add(glyphs == null ? scan(p) : scan(p, glyphs.get(p - 1)));
            } catch (ExtractionException e) {
                onFailure.accept(e);
            }
        }
        return out;
    }

    private PageScan scan(int pageNumber, List<Glyph> glyphs) throws ExtractionException {
        try {
            PDPage page = document.getPage(pageNumber - 1);
            DisplaySpace space = RulingCollector.spaceOf(page);
            RulingCollector.Result g = RulingCollector.collect(page, options.rulings());
            return new PageScan(pageNumber, space.displayedWidth(), space.displayedHeight(), space.rotation(), glyphs,
                    g.rulings(), g.imageCount(), g.imageCoverage());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析（内容流嵌套过深）", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(document);
    }

    private static StreamCacheCreateFunction streamCache(ExtractOptions.Loading loading) {
        MemoryUsageSetting setting = loading.maxStorageBytes() < 0
                ? MemoryUsageSetting.setupMixed(loading.maxMainMemoryBytes())
                : MemoryUsageSetting.setupMixed(loading.maxMainMemoryBytes(), loading.maxStorageBytes());
        return setting.streamCache;
    }

    private static ExtractionException damaged(Path file, Throwable e) {
        return new ExtractionException(ProblemKind.DAMAGED_PDF,
                "PDF已损坏或不完整，无法解析: " + file.getFileName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_WINDOW);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A short guess at what a non-PDF file is, for the message. */
    static String sniff(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.contains("<html")) {
            return "HTML网页";
        }
        if (s.startsWith("<?xml") || s.startsWith("<")) {
            return "XML/HTML";
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "PNG图片";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8) {
            return "JPEG图片";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "ZIP/Office文档";
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
            return "旧版Office文档";
        }
        return "未知格式";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing useful to do: the document is being discarded
        }
    }
}

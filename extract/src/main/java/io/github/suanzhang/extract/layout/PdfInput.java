package io.github.suanzhang.extract.layout;

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
 * An opened PDF. {@link #open} checks the file before PDFBox sees it (empty, not a PDF, an end that is
 * cut short or whose cross references are broken: {@link TrailerCheck}), loads it with a bounded memory
 * budget, and maps every failure to an {@link ExtractionException} with a {@link ProblemKind}. A file
 * that PDFBox could only open by repairing it opens with a document-level {@code DAMAGED_PDF} problem
 * ({@link #documentProblems()}); one from which no page can be had fails to open. {@link #scan} reads one
 * page into an immutable {@link PageScan}; a page whose content decodes to more than
 * {@link ExtractOptions.Loading#maxPageContentBytes()} is refused with {@code TOO_LARGE} before any
 * text is extracted from it. Not thread-safe (PDFBox documents are not); close it when done.
 */
public final class PdfInput implements AutoCloseable {
    /** PDF 1.7 §7.5.2 lets readers accept the header within the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;

    private final PDDocument document;
    private final PdfInfo info;
    private final ExtractOptions options;
    private final List<ExtractionException> documentProblems;

    private PdfInput(PDDocument document, PdfInfo info, ExtractOptions options, List<ExtractionException> documentProblems) {
        this.document = document;
        this.info = info;
        this.options = options;
        this.documentProblems = List.copyOf(documentProblems);
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
        int headerAt = indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
        if (headerAt < 0) {
            throw new ExtractionException(ProblemKind.NOT_A_PDF,
                    "不是PDF文件（缺少%PDF-文件头，内容像" + sniff(head) + "）: " + file.getFileName());
        }
        String damage;
        try {
            damage = TrailerCheck.damage(file, headerAt);
        } catch (IOException e) {
            throw new ExtractionException(ProblemKind.OTHER, "无法读取文件: " + file + ": " + e.getMessage(), e);
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile(), "", streamCache(options.loading()));
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ProblemKind.ENCRYPTED, "PDF已加密，需要打开密码: " + file.getFileName(), e);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, damage, e);
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
            int pages = doc.getNumberOfPages();
            if (pages <= 0) { // a damaged page tree's /Count can be 0 or negative
                closeQuietly(doc);
                throw new ExtractionException(ProblemKind.DAMAGED_PDF, "PDF中找不到任何页面"
                        + (damage == null ? "" : "（" + damage + "）") + ": " + file.getFileName());
            }
            PdfInfo info = new PdfInfo(pages, blankToNull(di.getProducer()), blankToNull(di.getCreator()),
                    blankToNull(di.getTitle()), doc.getVersion(), ownerProtected, sha256, bytes);
            List<ExtractionException> problems = damage == null ? List.of()
                    : List.of(new ExtractionException(ProblemKind.DAMAGED_PDF,
                            "PDF已损坏，已尽量修复读取，可能缺少内容: " + damage + ": " + file.getFileName()));
            return new PdfInput(doc, info, options, problems);
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw damaged(file, damage, e);
        }
    }

    public PdfInfo info() {
        return info;
    }

    /**
     * Problems of the whole document (page 0) found while opening it: a {@code DAMAGED_PDF} when the file's
     * end is cut short or its cross references had to be rebuilt. {@link #scanAll} reports these too,
     * before any page's.
     */
    public List<ExtractionException> documentProblems() {
        return documentProblems;
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
        checkContentSize(pageNumber);
        return scanChecked(pageNumber);
    }

    /**
     * Reads every page. First reports {@link #documentProblems()} to {@code onFailure}; then measures each
     * page's decoded content against {@link ExtractOptions.Loading#maxPageContentBytes()} (a page over it
     * is reported as {@code TOO_LARGE} and left out); then collects the glyphs, rulings and images of each
     * run of remaining pages in one pass over their content streams (much faster than {@link #scan} page by
     * page). When a pass fails, falls back to
     * page-by-page reading so that one damaged page fails alone: its failure is reported to
     * {@code onFailure} and the page is left out. Stops early, returning what it has, when the thread is
     * interrupted.
     */
    public List<PageScan> scanAll(Consumer<ExtractionException> onFailure) {
        documentProblems.forEach(onFailure);
        int n = info.pageCount();
        boolean[] skip = new boolean[n + 1];
        for (int p = 1; p <= n; p++) {
            if (Thread.currentThread().isInterrupted()) {
                return List.of();
            }
            try {
                checkContentSize(p);
            } catch (ExtractionException e) {
                skip[p] = true;
                onFailure.accept(e);
            }
        }
        List<PageScan> out = new ArrayList<>(n);
        for (int first = 1; first <= n; ) {
            if (skip[first]) {
                first++;
                continue;
            }
            int last = first;
            while (last < n && !skip[last + 1]) {
                last++;
            }
            List<PageCollector.Page> pages;
            try {
                pages = PageCollector.collect(document, first, last, options.rulings());
            } catch (IOException | RuntimeException e) {
                pages = null; // fall back below
            }
            for (int p = first; p <= last; p++) {
                if (Thread.currentThread().isInterrupted()) {
                    return out;
                }
                try {
                    out.add(pages == null ? scanChecked(p) : scan(p, pages.get(p - first)));
                } catch (ExtractionException e) {
                    onFailure.accept(e);
                }
            }
            first = last + 1;
        }
        return out;
    }

    /** {@link #scan(int)} for a page whose content size was already checked. */
    private PageScan scanChecked(int pageNumber) throws ExtractionException {
        PageCollector.Page page;
        try {
            page = PageCollector.collect(document, pageNumber, pageNumber, options.rulings()).get(0);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析（内容流嵌套过深）", e);
        }
        return scan(pageNumber, page);
    }

    /** Refuses a page whose content decodes to more than the limit, before anything extracts it. */
    private void checkContentSize(int pageNumber) throws ExtractionException {
        long cap = options.loading().maxPageContentBytes();
        long size;
        try {
            size = ContentBudget.measure(document.getPage(pageNumber - 1), cap);
        } catch (RuntimeException e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (size > cap) {
            throw new ExtractionException(ProblemKind.TOO_LARGE, pageNumber, "第" + pageNumber + "页的内容解压后超过"
                    + mib(cap) + "（疑似压缩炸弹），已跳过该页", null);
        }
    }

    private static String mib(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + "字节";
    }

    private PageScan scan(int pageNumber, PageCollector.Page collected) throws ExtractionException {
        try {
            DisplaySpace space = RulingCollector.spaceOf(document.getPage(pageNumber - 1));
            RulingCollector.Result g = collected.graphics();
            return new PageScan(pageNumber, space.displayedWidth(), space.displayedHeight(), space.rotation(),
                    collected.glyphs(), g.rulings(), g.imageCount(), g.imageCoverage());
        } catch (RuntimeException e) {
            throw new ExtractionException(ProblemKind.DAMAGED_PDF, pageNumber,
                    "第" + pageNumber + "页无法解析: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(document);
    }

    /**
     * Renders one page (1-based) in grey at {@code dpi}, as displayed (after /Rotate): the image an OCR
     * engine reads when the page has no usable text layer.
     */
    public java.awt.image.BufferedImage renderGrey(int pageNumber, float dpi) throws ExtractionException {
        try {
            return new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(pageNumber - 1, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(ProblemKind.OTHER, "第" + pageNumber + "页无法渲染为图像: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ExtractionException(ProblemKind.TOO_LARGE, "第" + pageNumber + "页渲染超出内存限制", e);
        }
    }

    private static StreamCacheCreateFunction streamCache(ExtractOptions.Loading loading) {
        MemoryUsageSetting setting = loading.maxStorageBytes() < 0
                ? MemoryUsageSetting.setupMixed(loading.maxMainMemoryBytes())
                : MemoryUsageSetting.setupMixed(loading.maxMainMemoryBytes(), loading.maxStorageBytes());
        return setting.streamCache;
    }

    private static ExtractionException damaged(Path file, String damage, Throwable e) {
        return new ExtractionException(ProblemKind.DAMAGED_PDF, "PDF已损坏或不完整，无法解析"
                + (damage == null ? "" : "（" + damage + "）") + ": " + file.getFileName() + ": "
                + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
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

package io.github.suanzhang.testdata.bad;

import io.github.suanzhang.core.doc.ProblemKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;

/**
 * Writes hostile and broken inputs, each by code, into a directory: what a crawler brings back besides
 * real disclosures (issue 8). Every {@link Kind} says what the file is and what a reader should do with
 * it; {@link #write(Kind, Path)} writes one, {@link #writeAll(Path)} all of them. Nothing here is
 * committed as a binary: tests generate into a temporary directory.
 *
 * <p>The PDFs are written with PDFBox, with a classic cross-reference table (no object streams), as
 * most producers in the corpus do; broken files are valid ones damaged at the byte level. Random
 * bytes come from a fixed seed, so every run writes the same files (except the encrypted ones, whose
 * keys and salts are random by design).
 */
public final class BadInputs {

    /** Seed of the random bytes in {@link Kind#RANDOM_AFTER_HEADER}. */
    public static final long RANDOM_SEED = 20240607L;

    /** The user password of {@link Kind#USER_PASSWORD}. */
    public static final String USER_PASSWORD = "user-secret";

    /** The owner password of {@link Kind#USER_PASSWORD} and {@link Kind#OWNER_PASSWORD_ONLY}. */
    public static final String OWNER_PASSWORD = "owner-secret";

    /** Pages of {@link Kind#MANY_PAGES}. */
    public static final int MANY_PAGES = 2000;

    /** Bytes (spaces) that the content stream of {@link Kind#INFLATE_BOMB} inflates to: 300 MiB. */
    public static final long BOMB_INFLATED_BYTES = 300L << 20;

    /** Pages of {@link Kind#IMAGE_ONLY}. */
    public static final int IMAGE_PAGES = 2;

    /** The characters of the small valid PDF's text layer, in reading order per line. */
    public static final String TITLE = "收入支出决算总表";
    public static final String UNIT_LINE = "单位：万元";
    public static final String[][] TABLE = {
        {"项目", "金额"},
        {"一般公共预算财政拨款收入", "1,553.51"},
        {"其他收入", "18.29"},
        {"合计", "1,571.80"},
    };
    public static final String NARRATIVE = "本年收入合计1,571.80万元，其中一般公共预算财政拨款收入1,553.51万元。";

    /** The classpath resource with the first 100 lines of the seed text export, UTF-8. */
    public static final String SEED_EXCERPT_RESOURCE = "/io/github/suanzhang/testdata/bad/seed-excerpt-utf8.txt";

    /**
     * One hostile input: its file (or folder) name, what it is, and what a reader should do with it.
     * {@link #problem()} is the {@link ProblemKind} a reader reports for it (as an exception or a
     * problem in the {@code Disclosure}), or null where the reader must read it normally.
     */
    public enum Kind {
        /** A zero-byte file named .pdf. Reader: {@code EMPTY_FILE}, without trying to parse. */
        EMPTY("empty.pdf", ProblemKind.EMPTY_FILE),
        /**
         * A Chinese government web page ({@code <!DOCTYPE html>}, UTF-8) saved under a .pdf name, as two
         * files of the real corpus are. Reader: {@code NOT_A_PDF}, naming what it looks like (HTML).
         */
        HTML_AS_PDF("html-saved-as.pdf", ProblemKind.NOT_A_PDF),
        /** The small valid PDF cut after 10% of its bytes (header, a few objects, no xref). Reader: {@code DAMAGED_PDF}. */
        TRUNCATED_10("truncated-10.pdf", ProblemKind.DAMAGED_PDF),
        /** The small valid PDF cut after 50% of its bytes. Reader: {@code DAMAGED_PDF}. */
        TRUNCATED_50("truncated-50.pdf", ProblemKind.DAMAGED_PDF),
        /**
         * The small valid PDF cut after 90% of its bytes: objects present, the xref table and trailer
         * lost. Reader: {@code DAMAGED_PDF}, or the text it could recover plus a {@code DAMAGED_PDF}
         * problem; never a silent success.
         */
        TRUNCATED_90("truncated-90.pdf", ProblemKind.DAMAGED_PDF),
        /**
         * The small valid PDF whose {@code startxref} points into the middle of the file instead of at
         * the xref table. PDFBox rebuilds the cross references by scanning. Reader: read it normally
         * (a {@code DAMAGED_PDF} problem saying it was repaired is welcome, not required).
         */
        WRONG_STARTXREF("wrong-startxref.pdf", null),
        /** {@code %PDF-1.7} followed by 32 KiB of random bytes (fixed seed). Reader: {@code DAMAGED_PDF}. */
        RANDOM_AFTER_HEADER("random-after-header.pdf", ProblemKind.DAMAGED_PDF),
        /**
         * The small valid PDF encrypted with AES-256 and user password {@code user-secret} ({@link BadInputs#USER_PASSWORD}).
         * Reader: {@code ENCRYPTED}, saying a password is needed.
         */
        USER_PASSWORD("user-password.pdf", ProblemKind.ENCRYPTED),
        /**
         * The small valid PDF encrypted with AES-256, an owner password and an empty user password, and
         * permissions that forbid copying text (as published files often do). Opens without a
         * password. Reader: read and audit it normally.
         */
        OWNER_PASSWORD_ONLY("owner-password-only.pdf", null),
        /**
         * 2,000 copies of the small valid PDF's page (title, ruled table, one sentence), all sharing one
         * content stream and one font. Reader:
         * read it within its limits, or stop at them with {@code TIMEOUT} / {@code TOO_LARGE}; never
         * run unbounded.
         */
        MANY_PAGES("many-pages.pdf", null),
        /**
         * Two pages, each only a JPEG image of a rendered page of text and a ruled table: no text
         * layer, as a scan is. Reader: {@code NO_TEXT_LAYER} for each page.
         */
        IMAGE_ONLY("image-only.pdf", ProblemKind.NO_TEXT_LAYER),
        /**
         * The small valid PDF's page with a Type0 font whose ToUnicode CMap maps every glyph to a
         * private-use code point (U+E000 …): the text layer extracts, but as PUA characters. Reader:
         * {@code UNREADABLE_TEXT}.
         */
        GARBLED_PUA("garbled-pua.pdf", ProblemKind.UNREADABLE_TEXT),
        /**
         * A page in a simple font with a custom {@code /Differences} encoding (made-up glyph names, codes
         * 0x80–0xFF) and no ToUnicode: extraction yields Latin-1 garbage such as {@code ÂÃÄ}. Reader:
         * {@code UNREADABLE_TEXT}.
         */
        GARBLED_NO_TOUNICODE("garbled-no-tounicode.pdf", ProblemKind.UNREADABLE_TEXT),
        /**
         * A page tree whose intermediate {@code /Pages} node lists the root among its {@code /Kids}:
         * walking it naively never ends. Reader: {@code DAMAGED_PDF} (or the pages it could reach
         * plus that problem), in bounded time.
         */
        CYCLIC_PAGE_TREE("cyclic-page-tree.pdf", ProblemKind.DAMAGED_PDF),
        /**
         * A one-page PDF, under 1 MB, whose FlateDecode content stream inflates to 300 MiB of spaces
         * followed by one line of text. Reader: {@code TOO_LARGE} (or skip that stream with that
         * problem), without taking the heap.
         */
        INFLATE_BOMB("inflate-bomb.pdf", ProblemKind.TOO_LARGE),
        /**
         * The first 100 lines of the seed text export, encoded in GB18030 (no BOM), the same text as
         * {@link BadInputs#writeUtf8Export}. Reader: detect the encoding and read exactly what it reads
         * from the UTF-8 file, or {@code UNKNOWN_ENCODING}; never mojibake.
         */
        GB18030_EXPORT("seed-excerpt-gb18030.txt", null),
        /**
         * A folder holding one valid PDF ({@code a/report.pdf}), a link {@code a/b/up -> ../..} back to
         * the folder itself and a link {@code self -> .}: a walk that follows links never ends.
         * Reader (batch): find {@code report.pdf} once, and end.
         */
        SYMLINK_LOOP("symlink-loop", null);

        private final String fileName;
        private final ProblemKind problem;

        Kind(String fileName, ProblemKind problem) {
            this.fileName = fileName;
            this.problem = problem;
        }

        /** The name {@link BadInputs#write} gives the file (a folder for {@link #SYMLINK_LOOP}). */
        public String fileName() {
            return fileName;
        }

        /** The problem a reader reports for this input, or null when it must read it normally. */
        public ProblemKind problem() {
            return problem;
        }
    }

    private BadInputs() {
    }

    /** Writes every kind into {@code dir} (created if missing); the paths by kind. */
    public static Map<Kind, Path> writeAll(Path dir) throws IOException {
        Map<Kind, Path> out = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            out.put(kind, write(kind, dir));
        }
        return out;
    }

    /** Writes one hostile input into {@code dir} (created if missing) under {@link Kind#fileName()}. */
    public static Path write(Kind kind, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path path = dir.resolve(kind.fileName());
        switch (kind) {
            case EMPTY -> Files.write(path, new byte[0]);
            case HTML_AS_PDF -> Files.writeString(path, htmlPage(), StandardCharsets.UTF_8);
            case TRUNCATED_10 -> Files.write(path, truncate(validPdf(), 10));
            case TRUNCATED_50 -> Files.write(path, truncate(validPdf(), 50));
            case TRUNCATED_90 -> Files.write(path, truncate(validPdf(), 90));
            case WRONG_STARTXREF -> Files.write(path, wrongStartxref(validPdf()));
            case RANDOM_AFTER_HEADER -> Files.write(path, randomAfterHeader());
            case USER_PASSWORD -> Files.write(path, BadPdfs.encrypted(USER_PASSWORD, OWNER_PASSWORD, new AccessPermission()));
            case OWNER_PASSWORD_ONLY -> {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanExtractContent(false);
                permissions.setCanModify(false);
                Files.write(path, BadPdfs.encrypted("", OWNER_PASSWORD, permissions));
            }
            case MANY_PAGES -> Files.write(path, BadPdfs.manyPages(MANY_PAGES));
            case IMAGE_ONLY -> Files.write(path, BadPdfs.imageOnly(IMAGE_PAGES));
            case GARBLED_PUA -> Files.write(path, BadPdfs.tablePdf(cp -> 0xE000 + (cp % 0x1000)));
            case GARBLED_NO_TOUNICODE -> Files.write(path, BadPdfs.garbledNoToUnicode());
            case CYCLIC_PAGE_TREE -> Files.write(path, BadPdfs.cyclicPageTree());
            case INFLATE_BOMB -> Files.write(path, BadPdfs.inflateBomb(BOMB_INFLATED_BYTES));
            case GB18030_EXPORT -> Files.write(path, seedExcerpt().getBytes(Charset.forName("GB18030")));
            case SYMLINK_LOOP -> symlinkLoop(path);
            default -> throw new AssertionError(kind);
        }
        return path;
    }

    /**
     * Writes the control input: the small valid PDF every damaged one starts from (a title, a unit
     * line, a ruled four-row table, one sentence; non-embedded SimSun with a correct ToUnicode CMap).
     */
    public static Path writeValidPdf(Path dir, String fileName) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(fileName), validPdf());
    }

    /** Writes the UTF-8 twin of {@link Kind#GB18030_EXPORT}: the same 100 lines of the seed export. */
    public static Path writeUtf8Export(Path dir, String fileName) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(fileName), seedExcerpt().getBytes(StandardCharsets.UTF_8));
    }

    /** The first 100 lines of the seed text export (a 2023 单位决算公开), as bundled. */
    public static String seedExcerpt() {
        try (InputStream in = BadInputs.class.getResourceAsStream(SEED_EXCERPT_RESOURCE)) {
            Objects.requireNonNull(in, SEED_EXCERPT_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the small valid PDF (see {@link #writeValidPdf}). */
    public static byte[] validPdf() {
        try {
            return BadPdfs.tablePdf(cp -> cp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the generators

    /** The first {@code percent}% of {@code bytes}. */
    static byte[] truncate(byte[] bytes, int percent) {
        return Arrays.copyOf(bytes, (int) ((long) bytes.length * percent / 100));
    }

    /** {@code pdf} with the number after its last {@code startxref} halved (pointing mid-file). */
    static byte[] wrongStartxref(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("startxref");
        if (at < 0) {
            throw new IllegalArgumentException("no startxref");
        }
        int start = at + "startxref".length();
        while (Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        int end = start;
        while (Character.isDigit(s.charAt(end))) {
            end++;
        }
        long offset = Long.parseLong(s.substring(start, end));
        String patched = s.substring(0, start) + (offset / 2) + s.substring(end);
        return patched.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] randomAfterHeader() {
        byte[] noise = new byte[32 * 1024];
        new Random(RANDOM_SEED).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(noise);
        return out.toByteArray();
    }

    static String htmlPage() {
        return """
                <!DOCTYPE html>
                <html lang="en">
                  <head>
                    <meta charset="UTF-8" />
                    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
                    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
                    <!--站点类-->
                    <meta name="SiteName" content="某市交通运输局">
                    <meta name="ColumnName" content="预算公开">
                    <!--文章类-->
                    <meta name="ArticleTitle" content="某市交通运输局2026年部门预算情况说明">
                    <meta name="PubDate" content="2026-03-02 09:13">
                    <title>某市交通运输局2026年部门预算情况说明_预算公开</title>
                    <link rel="stylesheet" href="/css/common.css" />
                    <script src="/js/jquery.min.js"></script>
                  </head>
                  <body>
                    <div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 预算公开</div>
                    <div class="article">
                      <h1>某市交通运输局2026年部门预算情况说明</h1>
                      <p>一、部门主要职责及机构设置情况</p>
                      <p>二、2026年部门预算收支情况：收入预算12,345.67万元，支出预算12,345.67万元。</p>
                      <p>附件：<a href="/uploadfiles/2026/03/bmys2026.pdf">2026年部门预算.pdf</a></p>
                    </div>
                    <div class="footer">主办单位：某市交通运输局</div>
                  </body>
                </html>
                """;
    }

    /**
     * {@code dir}/a/report.pdf (the valid PDF), {@code dir}/a/b/up → ../.. (the folder itself) and
     * {@code dir}/self → . ; needs a file system with symbolic links.
     */
    static void symlinkLoop(Path dir) throws IOException {
        Path b = dir.resolve("a").resolve("b");
        Files.createDirectories(b);
        Files.write(dir.resolve("a").resolve("report.pdf"), validPdf());
        Path up = b.resolve("up");
        if (!Files.isSymbolicLink(up)) {
            Files.createSymbolicLink(up, Paths.get("..", ".."));
        }
        Path self = dir.resolve("self");
        if (!Files.isSymbolicLink(self)) {
            Files.createSymbolicLink(self, Paths.get("."));
        }
    }
}

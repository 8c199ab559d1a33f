package io.github.suanzhang.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Tesseract 5 run as a process ({@code tesseract IMAGE stdout -l LANGS --psm N tsv}), one call per image.
 * Debian: {@code apt-get install tesseract-ocr tesseract-ocr-chi-sim}. The process is used rather than a JNI
 * binding (Tess4J) so that nothing native is loaded into the JVM: a crash of the engine fails one page, not
 * the batch, and the library works unchanged where the engine is missing.
 */
public final class TesseractEngine implements OcrEngine {
    private final String command;
    private final String languages;
    private final long timeoutSeconds;
    private volatile Probe probe;

    /**
     * @param command        the program, e.g. {@code tesseract} (found on the PATH)
     * @param languages      Tesseract language codes joined by {@code +}, e.g. {@code chi_sim+eng}
     * @param timeoutSeconds time limit for one image
     */
    public TesseractEngine(String command, String languages, long timeoutSeconds) {
        this.command = command;
        this.languages = languages;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public String name() {
        Probe p = probe();
        return "tesseract" + (p.version == null ? "" : " " + p.version) + " " + languages;
    }

    @Override
    public boolean available() {
        return probe().missing == null;
    }

    @Override
    public String unavailableReason() {
        return probe().missing;
    }

    private Probe probe() {
        Probe p = probe;
        if (p == null) {
            p = Probe.run(command, languages);
            probe = p;
        }
        return p;
    }

    @Override
    public List<OcrWord> recognise(BufferedImage image, Layout layout, String whitelist) throws OcrException {
        if (!available()) {
            throw new OcrException(unavailableReason());
        }
        Path png = null;
        try {
            png = Files.createTempFile("suanzhang-ocr-", ".png");
            ImageIO.write(image, "png", png.toFile());
            List<String> cmd = new ArrayList<>(List.of(command, png.toString(), "stdout", "-l", languages,
                    "--psm", psm(layout), "-c", "preserve_interword_spaces=1"));
            if (whitelist != null) {
                cmd.addAll(List.of("-c", "tessedit_char_whitelist=" + whitelist));
            }
            cmd.add("tsv");
            String out = run(cmd, timeoutSeconds);
            return parseTsv(out);
        } catch (IOException e) {
            throw new OcrException("OCR失败: " + e.getMessage(), e);
        } finally {
            if (png != null) {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** All images in one process: Tesseract reads a text file listing image paths as a multi-page input. */
    @Override
    public List<List<OcrWord>> recogniseEach(List<BufferedImage> images, Layout layout, String whitelist)
            throws OcrException {
        if (!available()) {
            throw new OcrException(unavailableReason());
        }
        if (images.isEmpty()) {
            return List.of();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("suanzhang-ocr-");
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < images.size(); i++) {
                Path png = dir.resolve(i + ".png");
                ImageIO.write(images.get(i), "png", png.toFile());
                list.append(png).append('\n');
            }
            Path listFile = dir.resolve("images.txt");
            Files.writeString(listFile, list, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(command, listFile.toString(), "stdout", "-l", languages,
                    "--psm", psm(layout), "-c", "preserve_interword_spaces=1"));
            if (whitelist != null) {
                cmd.addAll(List.of("-c", "tessedit_char_whitelist=" + whitelist));
            }
            cmd.add("tsv");
            String out = run(cmd, timeoutSeconds);
            List<List<OcrWord>> each = new ArrayList<>(images.size());
            for (int i = 0; i < images.size(); i++) {
                each.add(new ArrayList<>());
            }
            for (String l : out.split("\r?\n")) {
                String[] f = l.split("\t", -1);
                if (f.length >= 12 && f[0].equals("5")) {
                    int page = Integer.parseInt(f[1]) - 1;
                    if (page >= 0 && page < each.size()) {
                        each.get(page).addAll(parseTsv(l));
                    }
                }
            }
            return each;
        } catch (IOException | NumberFormatException e) {
            throw new OcrException("OCR失败: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static String psm(Layout layout) {
        return switch (layout) {
            case SPARSE -> "11";
            case BLOCK -> "6";
            case LINE -> "7";
        };
    }

    /** Tesseract's TSV: level, page, block, par, line, word, left, top, width, height, conf, text (level 5 = word). */
    static List<OcrWord> parseTsv(String tsv) throws OcrException {
        List<OcrWord> words = new ArrayList<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i == 0 && l.startsWith("level")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.add(new OcrWord(text, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), Math.max(0, Double.parseDouble(f[10])), f[2] + "." + f[3] + "." + f[4]));
            } catch (NumberFormatException e) {
                throw new OcrException("OCR输出无法解析: " + l, e);
            }
        }
        return words;
    }

    private static String run(List<String> cmd, long timeoutSeconds) throws IOException, OcrException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toByteArray();
        }
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new OcrException("OCR超时（" + timeoutSeconds + "秒）");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OcrException("OCR被中断", e);
        }
        if (p.exitValue() != 0) {
            throw new OcrException("OCR程序退出码" + p.exitValue() + ": " + String.join(" ", cmd.subList(0, 1)));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private record Probe(String version, String missing) {
        static Probe run(String command, String languages) {
            try {
                String langs = TesseractEngine.run(List.of(command, "--list-langs"), 30);
                List<String> have = Arrays.stream(langs.split("\r?\n")).map(String::strip).toList();
                for (String l : languages.split("\\+")) {
                    if (!have.contains(l)) {
                        return new Probe(null, "OCR语言包" + l + "未安装（Debian: apt-get install tesseract-ocr-"
                                + l.replace('_', '-') + "）");
                    }
                }
                String v = TesseractEngine.run(List.of(command, "--version"), 30).lines().findFirst().orElse("");
                return new Probe(v.replaceFirst("^tesseract\\s+", "").strip(), null);
            } catch (IOException | OcrException e) {
                return new Probe(null, "未找到OCR程序" + command + "（Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim）");
            }
        }
    }
}

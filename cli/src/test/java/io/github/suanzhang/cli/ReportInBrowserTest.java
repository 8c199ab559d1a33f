package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.RealSamples;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of a real 决算 PDF in headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it) and checks what a reader sees: every finding's message is in the rendered page, every PDF
 * evidence picture loaded, and the screenshot is a real picture. Skips where no Chromium is installed.
 *
 * <p>With {@code -Dsuanzhang.updateScreenshot=PATH} the screenshot is also copied to PATH (this is how
 * {@code docs/report-screenshot.png} is made).
 */
class ReportInBrowserTest {
    private static final String SAMPLE = "shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf";

    @Test
    void the_report_of_a_final_accounts_pdf_shows_its_findings_in_chromium(@TempDir Path dir) throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "no Chromium installed: skipped (apt-get install chromium)");

        Path pdf = dir.resolve(SAMPLE);
        try (InputStream in = RealSamples.open(SAMPLE)) {
            Files.copy(in, pdf, StandardCopyOption.REPLACE_EXISTING);
        }
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        int code = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler())
                .setOut(new PrintWriter(stdout)).setErr(new PrintWriter(new StringWriter()))
                .execute("audit", "--quiet", "--format", "json,html", "--out", out.toString(), pdf.toString());
        assertTrue(code == 0 || code == 1, "audit ran: exit " + code);
        Path report = out.resolve("report.html");
        assertTrue(Files.isRegularFile(report));

        Path json;
        try (Stream<Path> s = Files.walk(out)) {
            json = s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Audit audit;
        try (InputStream in = Files.newInputStream(json)) {
            audit = Json.read(in);
        }
        assertFalse(audit.findings().isEmpty(), "the sample has findings to show (e.g. the 326.71/326.72 pair)");

        Path profile = dir.resolve("profile");
        List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1800", "--virtual-time-budget=5000");
        String dom = run(dir, withArgs(common, "--dump-dom", report.toUri().toString()));
        for (Finding f : audit.findings()) {
            String visible = f.message().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;");
            assertTrue(dom.contains(f.message()) || dom.contains(visible), "the rendered report shows: " + f.message());
        }
        assertTrue(dom.contains("data:image/"), "evidence pictures are embedded");

        Path png = dir.resolve("report.png");
        run(dir, withArgs(common, "--screenshot=" + png, report.toUri().toString()));
        assertTrue(Files.size(png) > 10_000, "a screenshot was taken");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "the screenshot is a picture, not a blank page: " + colours.size() + " colours");

        String update = System.getProperty("suanzhang.updateScreenshot");
        if (update != null && !update.isBlank()) {
            Files.copy(png, Path.of(update), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> withArgs(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all;
    }

    private static String run(Path dir, List<String> command) throws Exception {
        Path log = dir.resolve("chromium-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(log));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }
}

package io.github.suanzhang.bench;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ocr.OcrEngine;
import io.github.suanzhang.extract.ocr.OcrEngineProvider;
import io.github.suanzhang.extract.ocr.OcrException;
import io.github.suanzhang.extract.ocr.OcrWord;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * RapidOCR (PaddleOCR's PP-OCRv4 detection and recognition models on the ONNX runtime, through JNI), the second
 * engine measured against Tesseract (docs/ocr.md). In bench only: its native library is platform-bound and its
 * models weigh ~15 MB, so the library does not depend on it; {@code -Docr.engine=rapidocr} selects it through
 * {@link OcrEngineProvider}. Text lines come back as blocks with a quadrilateral; each becomes one word.
 */
public final class RapidOcrEngine implements OcrEngine {
    private static InferenceEngine engine;

    private static synchronized InferenceEngine engine() {
        if (engine == null) {
            engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4);
        }
        return engine;
    }

    @Override
    public String name() {
        return "rapidocr PP-OCRv4 onnx";
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public synchronized List<OcrWord> recognise(BufferedImage image, Layout layout, String whitelist) throws OcrException {
        Path png = null;
        try {
            png = Files.createTempFile("suanzhang-rapid-", ".png");
            ImageIO.write(image, "png", png.toFile());
            OcrResult r = engine().runOcr(png.toString());
            List<OcrWord> out = new ArrayList<>();
            int n = 0;
            for (TextBlock b : r.getTextBlocks()) {
                if (b.getText() == null || b.getText().isBlank()) {
                    continue;
                }
                int x0 = Integer.MAX_VALUE;
                int y0 = Integer.MAX_VALUE;
                int x1 = Integer.MIN_VALUE;
                int y1 = Integer.MIN_VALUE;
                for (Point p : b.getBoxPoint()) {
                    x0 = Math.min(x0, p.getX());
                    y0 = Math.min(y0, p.getY());
                    x1 = Math.max(x1, p.getX());
                    y1 = Math.max(y1, p.getY());
                }
                double conf = 0;
                float[] cs = b.getCharScores();
                for (float c : cs) {
                    conf += c;
                }
                conf = cs.length == 0 ? 100 * b.getBoxScore() : 100 * conf / cs.length;
                out.add(new OcrWord(b.getText().strip(), x0, y0, x1 - x0, y1 - y0, conf, "b" + n++));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new OcrException("RapidOCR失败: " + e.getMessage(), e);
        } finally {
            if (png != null) {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException ignored) {
                    // temporary file
                }
            }
        }
    }

    /** Found by {@link java.util.ServiceLoader} under the name {@code rapidocr}. */
    public static final class Provider implements OcrEngineProvider {
        @Override
        public String name() {
            return "rapidocr";
        }

        @Override
        public OcrEngine create(ExtractOptions.Ocr options, String languages) {
            return new RapidOcrEngine();
        }
    }
}

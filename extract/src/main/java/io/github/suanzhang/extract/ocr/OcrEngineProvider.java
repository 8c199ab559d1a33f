package io.github.suanzhang.extract.ocr;

import io.github.suanzhang.extract.ExtractOptions;

/**
 * Another OCR engine than the built-in Tesseract, found with {@link java.util.ServiceLoader} by its
 * {@link #name()} ({@code ExtractOptions.Ocr#engine()}): an engine with a heavy or platform-bound dependency
 * (an ONNX runtime, a JNI library) lives in its own module and is chosen by name, so the library needs none.
 */
public interface OcrEngineProvider {
    /** The name {@code --ocr-engine} and {@code ExtractOptions.Ocr#engine()} use, e.g. {@code rapidocr}. */
    String name();

    /**
     * @param options   the OCR options (time limit, …)
     * @param languages the languages to read (the provider may ignore them)
     */
    OcrEngine create(ExtractOptions.Ocr options, String languages);
}

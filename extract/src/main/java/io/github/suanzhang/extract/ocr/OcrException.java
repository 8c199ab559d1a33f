package io.github.suanzhang.extract.ocr;

/** The OCR engine failed on an image: it could not be started, it crashed, or its output was unreadable. */
public final class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}

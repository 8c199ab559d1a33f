package io.github.suanzhang.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Output file names derived from input paths, safely: no separators, no {@code ..}, no control or
 * format characters, no leading dot or dash, at most {@value #MAX_CODE_POINTS} code points (≤ 180 bytes in
 * UTF-8, well under the usual 255-byte limit), plus a short hash of the input's full path as given so
 * that {@code a/x.pdf} and {@code b/x.pdf} never share a name.
 */
public final class OutputNames {
    /** Longest readable part of a name, in code points. */
    public static final int MAX_CODE_POINTS = 60;
    /** Hex digits of the path hash appended to every name. */
    public static final int HASH_DIGITS = 8;

    private OutputNames() {
    }

    /**
     * @param relative the input's path relative to its INPUT root, {@code /}-separated (its readable part)
     * @param key      what makes the input unique: its path as given, {@code /}-separated
     */
    public static String of(String relative, String key) {
        return readable(relative) + "-" + hash(key);
    }

    static String readable(String relative) {
        String s = Normalizer.normalize(relative == null ? "" : relative, Normalizer.Form.NFC);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        int dot = s.lastIndexOf('.');
        if (dot > slash + 1) {
            s = s.substring(0, dot); // the extension goes; the hash keeps x.pdf and x.txt apart
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                return;
            }
            if (cp == '/' || cp == '\\' || ":*?\"<>|".indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)) {
                sb.append('_');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String r = sb.toString();
        while (r.contains("..")) {
            r = r.replace("..", "_");
        }
        r = r.replaceAll("_{2,}", "_");
        r = r.replaceAll("^[._\\-]+", "").replaceAll("[._]+$", "");
        if (r.codePointCount(0, r.length()) > MAX_CODE_POINTS) {
            r = r.substring(0, r.offsetByCodePoints(0, MAX_CODE_POINTS));
        }
        return r.isEmpty() ? "doc" : r;
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

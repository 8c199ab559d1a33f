package io.github.suanzhang.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealSamplesTest {

    @Test
    void everyProvenanceRowMatchesItsBundledFileBySizeAndSha256() throws IOException, NoSuchAlgorithmException {
        List<String[]> rows = RealSamples.sources();
        assertFalse(rows.isEmpty());
        for (String[] row : rows) {
            assertEquals(6, row.length, () -> "SOURCES.tsv row for " + row[0]);
            Path file = RealSamples.path(row[0]);
            assertTrue(Files.isRegularFile(file), file::toString);
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(Long.parseLong(row[5]), bytes.length, row[0]);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(row[4], sha256, row[0]);
        }
    }

    @Test
    void namesComeFromSourcesTsv() {
        assertTrue(RealSamples.names().contains("shanghai_putuo_shehuifuliyuan_2024_danwei_yusuan.pdf"));
    }

    @Test
    void unknownSampleIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RealSamples.path("no_such_file.pdf"));
        assertTrue(e.getMessage().contains("no_such_file.pdf"));
    }
}

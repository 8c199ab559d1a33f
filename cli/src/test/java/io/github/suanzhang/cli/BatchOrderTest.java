package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchOrderTest {
    @TempDir
    Path tmp;

    private List<Input> inputs(int... sizes) throws IOException {
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            Path f = tmp.resolve("f" + i + ".pdf");
            Files.write(f, new byte[sizes[i]]);
            out.add(new Input(f, f.toString(), f.getFileName().toString(), "f" + i));
        }
        return out;
    }

    @Test
    void oneJobKeepsTheInputOrder() throws IOException {
        assertEquals(List.of(0, 1, 2, 3), Batch.submissionOrder(inputs(10, 500, 20, 500), 1));
    }

    @Test
    void severalJobsStartTheLargestFirstAndEqualSizesInInputOrder() throws IOException {
        assertEquals(List.of(1, 3, 2, 0), Batch.submissionOrder(inputs(10, 500, 20, 500), 2));
    }

    @Test
    void aMissingFileCountsAsEmpty() throws IOException {
        List<Input> in = new ArrayList<>(inputs(10, 20));
        in.add(new Input(tmp.resolve("gone.pdf"), "gone.pdf", "gone.pdf", "gone"));
        assertEquals(List.of(1, 0, 2), Batch.submissionOrder(in, 2));
    }
}

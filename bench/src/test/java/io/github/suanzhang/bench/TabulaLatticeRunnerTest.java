package io.github.suanzhang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tabula-java side of the whole-process comparison extracts real tables (no timing here). */
class TabulaLatticeRunnerTest {
    @Test
    void extractsTheLatticeTablesOfEveryPage() throws Exception {
        TabulaLatticeRunner.Result r = TabulaLatticeRunner.run(Inputs.pdf(Inputs.DEFAULT_PDF).toFile());
        assertEquals(24, r.pages());
        assertEquals(0, r.failedPages());
        assertTrue(r.tables() >= 9, "tables: " + r.tables());
        assertTrue(r.cells() > 500, "cells: " + r.cells());
        assertTrue(r.chars() > 10_000, "JSON + CSV characters: " + r.chars());
    }
}

package io.github.suanzhang.bench;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.extract.narrative.ClaimExtractor;
import io.github.suanzhang.extract.narrative.Context;
import io.github.suanzhang.extract.narrative.SentenceSplitter;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link ClaimExtractor} on the real sentences of a document, in order, each with the context the
 * previous one leaves ({@link ClaimExtractor#contextAfter}), as a reader calls it. {@code seed} is the
 * narrative of the seed text export (2023 汉阳社会保险管理处 单位决算); a PDF name takes the sentences of
 * that bundled sample's pages without lattice tables. {@link #splitAndExtract} adds the sentence splitting.
 */
public class ClaimBench extends MicroBench {
    @Param({Inputs.SEED, Inputs.DEFAULT_PDF})
    public String source;

    private String[] sentences;
    private List<String> paragraphs;

    @Setup
    public void setUp() throws Exception {
        paragraphs = Inputs.narrative(source);
        sentences = paragraphs.stream().flatMap(p -> SentenceSplitter.split(p).stream()).toArray(String[]::new);
    }

    @Benchmark
    public void extract(Blackhole bh) {
        Context ctx = Context.NONE;
        for (String s : sentences) {
            List<Claim> claims = ClaimExtractor.extract(s, Place.UNKNOWN, ctx);
            ctx = ClaimExtractor.contextAfter(s, claims, ctx);
            bh.consume(claims);
        }
    }

    @Benchmark
    public void splitAndExtract(Blackhole bh) {
        Context ctx = Context.NONE;
        for (String p : paragraphs) {
            for (String s : SentenceSplitter.split(p)) {
                List<Claim> claims = ClaimExtractor.extract(s, Place.UNKNOWN, ctx);
                ctx = ClaimExtractor.contextAfter(s, claims, ctx);
                bh.consume(claims);
            }
        }
    }
}

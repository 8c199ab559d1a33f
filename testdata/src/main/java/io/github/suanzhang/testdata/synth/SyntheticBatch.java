package io.github.suanzhang.testdata.synth;

import io.github.suanzhang.testdata.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A batch of text exports for auditing across documents at scale, generated from the seed (2023年度 武汉市人力资源和
 * 社会保障局 汉阳社会保险管理处 单位决算) by plain text edits, with a manifest of the cross-document discrepancies
 * planted in it.
 *
 * <p>Each family is one invented city's 人力资源和社会保障局 (the city's name made of two characters from fixed lists):
 * its 部门决算 and three units' 单位决算 for 2023, the department and two units again for 2024 (years moved on; the
 * narrative's change against 2023 written as 0.00, so that last year's figures agree with the 2023 document), and
 * one more file: an exact copy of a unit's 2023 file (a duplicate) or a second edition of it. Every document keeps
 * the seed's figures, so within a family the links (previous year, department–unit, duplicate, republished) check
 * equal figures, and only the planted edits disagree:
 * <ul>
 *   <li>{@code batch.previous-year}: every 10th family's first unit says, in the sentence that prints its 2024
 *       一般公共预算财政拨款支出 (1,553.51), that it fell by 10.00万元 from 2023 (so 2023 was 1,563.51), where the
 *       2023 document prints 1,553.51;</li>
 *   <li>{@code batch.units}: every 10th family (offset 5) has its second unit's 2023 行政运行 (2080101) at 972.87,
 *       above the department's 872.87;</li>
 *   <li>{@code batch.republished}: every 4th family's extra file is a second edition of the first unit's 2023 file
 *       with 提租补贴 (2210202) 18.29 printed 18.39.</li>
 * </ul>
 * Edits inside one document break its own sums too (the document's own rules report that as usual); the manifest
 * lists only what the batch step should find. Usage: {@code SyntheticBatch DIR N} writes about N files and
 * {@code DIR/planted.tsv} (rule, from file, to file).
 */
public final class SyntheticBatch {
    /** Files per family: 部门 + 3 units (2023), 部门 + 2 units (2024), one duplicate or second edition. */
    public static final int PER_FAMILY = 8;
    static final String SEED = "io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt";
    private static final String FIRST = "东南西北江河湖海山川林泉云雨风雷金银松柏桃李春秋";
    private static final String SECOND = "阳安宁平和丰兴泰昌盛德清新华康乐永长远成";
    private static final String THIRD = "甲乙丙丁戊己庚辛壬癸";
    private static final String[] UNITS = {"汉阳", "江岸", "硚口"};

    /** A planted discrepancy: the rule that should report it, and the two files (the finding's document first). */
    public record Planted(String rule, String from, String to) {
    }

    /** One generated file. */
    public record Doc(String name, String text) {
    }

    private final String seed;

    public SyntheticBatch(String seed) {
        this.seed = Objects.requireNonNull(seed, "seed");
    }

    /** The seed text export from the classpath. */
    public static String seed() {
        try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream(SEED)) {
            return new String(Objects.requireNonNull(in, SEED).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invented city of family {@code f}: two or three characters and 市, distinct for the first 5,280 families. */
    static String city(int f) {
        int a = f % FIRST.length();
        int b = (f / FIRST.length()) % SECOND.length();
        int round = f / (FIRST.length() * SECOND.length());
        return FIRST.charAt(a) + "" + SECOND.charAt(b) + (round == 0 ? "" : String.valueOf(THIRD.charAt(round - 1))) + "市";
    }

    /** The documents of family {@code f}, adding what is planted in them to {@code planted}. */
    public List<Doc> family(int f, List<Planted> planted) {
        String city = city(f);
        String p = String.format("f%05d_", f);
        List<Doc> out = new ArrayList<>();
        boolean prevYear = f % 10 == 0;
        boolean units = f % 10 == 5;
        boolean republished = f % 4 == 1;
        String dept23 = p + "bumen_2023.txt";
        out.add(new Doc(dept23, department(city, seed)));
        for (int u = 0; u < UNITS.length; u++) {
            String text = unit(city, UNITS[u], seed);
            if (u == 1 && units) {
                text = text.replace("872.87", "972.87");
                planted.add(new Planted("batch.units", dept23, p + "danwei" + u + "_2023.txt"));
            }
            out.add(new Doc(p + "danwei" + u + "_2023.txt", text));
        }
        out.add(new Doc(p + "bumen_2024.txt", department(city, nextYear(seed, false))));
        for (int u = 0; u < 2; u++) {
            String name = p + "danwei" + u + "_2024.txt";
            out.add(new Doc(name, unit(city, UNITS[u], nextYear(seed, u == 0 && prevYear))));
            if (u == 0 && prevYear) {
                planted.add(new Planted("batch.previous-year", name, p + "danwei0_2023.txt"));
            }
        }
        String first = unit(city, UNITS[0], seed);
        if (republished) {
            String name = p + "danwei0_2023_v2.txt";
            out.add(new Doc(name, edit(first, "18.29", "18.39")));
            planted.add(new Planted("batch.republished", p + "danwei0_2023.txt", name));
        } else {
            out.add(new Doc(p + "danwei0_2023_copy.txt", first));
        }
        return out;
    }

    /** The seed as a unit's of {@code city}: 武汉市 → city, 汉阳 → the unit's own name. */
    static String unit(String city, String unit, String text) {
        return edit(text, "武汉市", city, "汉阳", unit);
    }

    /** The seed as the department's: its title and its lines name the department, 单位决算 becomes 部门决算. */
    static String department(String city, String text) {
        return edit(text, "汉阳社会保险管理处单位决算公开", "部门决算公开", "汉阳 社会保险管理处", "", "汉阳社会保险 管理处", "",
                "汉阳社会保险管理 处", "", "汉阳社会保险管理处", "", "单位决算", "部门决算", "武汉市", city);
    }

    /**
     * The seed one year on (2023 → 2024, 2022 → 2023) with last year's figures equal to the seed's: the stated
     * changes against 2023 written as none; {@code planted} states a fall of 10.00 for 一般公共预算财政拨款支出.
     */
    static String nextYear(String text, boolean planted) {
        String s = edit(text, "2023", "2024", "2022", "2023");
        if (planted) {
            s = edit(s, "一般公共预算财政拨款支出1,553.51万元,占本年支出合计的100%。与2023年度相比,一般公共预算财政拨款支出减少244.12万元,下降13.6%",
                    "一般公共预算财政拨款支出1,553.51万元,比2023年度决算数减少10.00万元,下降0.6%");
        }
        return edit(s, "减少244.12万元", "减少0.00万元", "下降13.6%", "下降0.0%");
    }

    /** {@code text} with each (old, new) pair replaced everywhere; an old text that is not there is an error. */
    static String edit(String text, String... pairs) {
        String s = text;
        for (int i = 0; i < pairs.length; i += 2) {
            if (!s.contains(pairs[i])) {
                throw new IllegalStateException("not in the text: " + pairs[i]);
            }
            s = s.replace(pairs[i], pairs[i + 1]);
        }
        return s;
    }

    /** Writes families until about {@code n} files are in {@code dir}, and {@code dir/planted.tsv}; returns the plants. */
    public List<Planted> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Planted> planted = new ArrayList<>();
        int families = Math.max(1, (n + PER_FAMILY - 1) / PER_FAMILY);
        for (int f = 0; f < families; f++) {
            for (Doc d : family(f, planted)) {
                Files.writeString(dir.resolve(d.name()), d.text(), StandardCharsets.UTF_8);
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("planted.tsv"), StandardCharsets.UTF_8)) {
            w.write("rule\tfrom\tto\n");
            for (Planted p : planted) {
                w.write(p.rule() + "\t" + p.from() + "\t" + p.to() + "\n");
            }
        }
        return planted;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticBatch DIR N");
            System.exit(2);
        }
        List<Planted> p = new SyntheticBatch(seed()).write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("planted " + p.size() + " discrepancies in " + args[0]);
    }
}

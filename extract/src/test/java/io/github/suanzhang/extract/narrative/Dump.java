package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Development aid: prints the claims of a text file's lines [from, to]. Not a test. */
public final class Dump {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        for (Statement st : NarrativeReader.read(lines.subList(from - 1, to), from, null)) {
            System.out.println("## " + st.text());
            for (Claim c : st.claims()) {
                System.out.println("   " + show(c));
            }
        }
    }

    static String show(Claim c) {
        String figs = c.figures().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().plain() + e.getValue().unit().label())
                .collect(Collectors.joining(", "));
        return c.kind() + " subj=" + c.subject() + (c.code() != null ? " code=" + c.code() : "") + " {" + figs + "}"
                + (c.direction() != null ? " " + c.direction() : "") + (c.year() != null ? " y=" + c.year() : "")
                + " " + c.attributes();
    }
}

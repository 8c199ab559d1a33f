package io.github.suanzhang.runner;

/** What became of one input: the {@code status} column of {@code summary.csv}. */
public enum Status {
    /** read; nothing it could not read */
    OK("ok"),
    /** read, but parts could not be (pages without text layer, tables not understood, …): see {@code reason} */
    PARTLY_READABLE("partly-readable"),
    /** read, and recognised as not a fiscal disclosure (a notice, a website report, a form): no fiscal rule ran */
    NOT_A_DISCLOSURE("not-a-disclosure"),
    /** opened, but nothing could be read from it (all pages images, or garbled fonts): see {@code reason} */
    UNREADABLE("unreadable"),
    /** could not be read at all (not a PDF, empty, encrypted, damaged): see {@code reason} */
    FAILED("failed"),
    /** took longer than {@code --timeout} */
    TIMEOUT("timeout"),
    /** {@code --resume}: the same bytes (sha256) as in the previous run; its results were kept */
    SKIPPED_UNCHANGED("skipped-unchanged");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this counts as "could not be read" for the exit code. */
    public boolean unread() {
        return this == UNREADABLE || this == FAILED || this == TIMEOUT;
    }

    public static Status ofLabel(String label) {
        for (Status s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no status " + label);
    }
}

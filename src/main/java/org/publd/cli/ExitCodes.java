package org.publd.cli;

/** What {@code publd} exits with. */
final class ExitCodes {
    /** Everything was read and written. */
    static final int OK = 0;
    /** Some records or inputs could not be read, or the run failed; the message says which. */
    static final int FAILED = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}

package org.publd.cli;

/** What {@code publd} exits with, and the list every {@code --help} ends with. */
final class ExitCodes {
    /** Everything was read and written. */
    static final int OK = 0;
    /** Some records or inputs could not be read, or the run failed; the message says which. */
    static final int FAILED = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = OK + ":everything was read and written";
    static final String FAILED_LINE = FAILED + ":some records or inputs could not be read, or the run failed (the messages say which)";
    static final String USAGE_LINE = USAGE + ":the command line is wrong: an unknown option, a bad option value";

    private ExitCodes() {
    }
}

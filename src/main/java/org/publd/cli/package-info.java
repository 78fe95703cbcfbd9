/**
 * The {@code publd} command line: one class per subcommand, all errors turned into a one-line
 * message and an exit code in {@link org.publd.cli.ErrorReporter} (a stack trace only with
 * {@code --verbose}). Standard output carries data only; messages, progress and the summary go to
 * standard error.
 */
package org.publd.cli;

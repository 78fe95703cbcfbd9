/**
 * The {@code publd} command line: one class per subcommand, all errors turned into a one-line
 * message and an exit code in {@link org.publd.cli.ErrorReporter} (a stack trace only with
 * {@code --verbose}). Option values are typed, so picocli checks them, lists the choices in
 * {@code --help} and makes a bad value a usage error (exit code 2), as {@link org.publd.cli.OptionCheck}
 * does for checks beyond the type. Standard output carries data only; messages, progress and the
 * summary go to standard error.
 */
package org.publd.cli;

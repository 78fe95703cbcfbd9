package org.publd.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values beyond their type: a bad value is a usage error (exit code 2), as a value of the wrong type is. */
final class OptionCheck {
    private OptionCheck() {
    }

    /** Stops the command with {@code message} unless {@code valid}. */
    static void require(CommandSpec spec, boolean valid, String message) {
        if (!valid) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}

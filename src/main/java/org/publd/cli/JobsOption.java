package org.publd.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --jobs} option of the commands that map several inputs at once. */
final class JobsOption {
    @Option(names = "--jobs", paramLabel = "N",
            description = "Inputs read and mapped at once (default, or 0: the number of cores); records are still written"
                    + " whole and in input order, by one writer.")
    int jobs;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The number of inputs to map at once: as given, else one a core. */
    int count() {
        OptionCheck.require(command, jobs >= 0, "--jobs must not be negative");
        return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
    }
}

package org.publd.cli;

import java.time.Duration;
import org.publd.mapping.Software;
import org.publd.net.PoliteClient;
import org.publd.net.RetryPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of the commands that ask a public source over the network: who asks, how long to wait, how often to try. */
final class NetworkOptions {
    @Option(names = "--contact", paramLabel = "EMAIL|URL",
            description = "Who runs PubLD, named in the User-Agent of every request, as NCBI and Wikimedia ask.")
    String contact;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "60",
            description = "Seconds to wait for a connection, for an answer to start, or for more of it, before the request"
                    + " is tried again (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "Retries of a request after 429, 5xx, a timeout, a broken connection or an unusable answer"
                    + " (default: ${DEFAULT-VALUE}).")
    int retries;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** How long a request may wait for each step; checked. */
    Duration timeout() {
        OptionCheck.require(command, timeout >= 1, "--timeout must be at least 1 second, got " + timeout);
        return Duration.ofSeconds(timeout);
    }

    /** How often a request is tried, with growing pauses from 2 s up to a minute; checked. */
    RetryPolicy retryPolicy() {
        OptionCheck.require(command, retries >= 0, "--retries must be at least 0, got " + retries);
        return new RetryPolicy(retries + 1, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    /** A client with these options, one request at a time and no rate limit beyond that. */
    PoliteClient client() {
        return PoliteClient.builder().userAgent(PoliteClient.userAgent(Software.VERSION, contact))
                .timeout(timeout()).retry(retryPolicy()).build();
    }
}

package org.publd.cli;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.publd.link.mesh.UnresolvedName;

/**
 * Collects the MeSH names a command could not resolve, and lists them once it is done, one line each,
 * so that they do not interleave with a progress bar.
 */
final class UnresolvedMeshNames implements Consumer<UnresolvedName> {
    // A record naming one qualifier under two headings ('standards' in PMID 14630660) reports it once.
    private final Set<UnresolvedName> names = new LinkedHashSet<>();

    @Override
    public void accept(UnresolvedName name) {
        names.add(name);
    }

    long count() {
        return names.size();
    }

    /** {@code publd link mesh: PMID 123: unknown MeSH descriptor 'Foo'}, one line per name. */
    void print(String command, PrintStream err) {
        for (UnresolvedName n : names) {
            err.println("publd " + command + ": " + n.describe());
        }
    }
}

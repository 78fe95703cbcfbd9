package org.publd.acquire.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.publd.PubldException;
import org.publd.mapping.AppliedFile;

/**
 * The files a run applies, in order, under NLM's rules: every file of the baseline before the first
 * update file, update files in numerical order, each file once. What the source offers is set against
 * what the database says it applied ({@link org.publd.mapping.SyncLog}); a source that would break a
 * rule (an update older than one applied, updates applied before the baseline is complete, another
 * year's baseline) is refused with a message saying why.
 *
 * @param files the files to apply, in order
 * @param year  the baseline's year, two digits ({@code 26} for pubmed26n...)
 */
record SyncPlan(List<NlmFile> files, int year) {

    /** The total size of the files, or -1 when the listing did not give the size of one of them. */
    long bytes() {
        return files.stream().anyMatch(f -> f.size() < 0) ? -1 : files.stream().mapToLong(NlmFile::size).sum();
    }

    /**
     * The plan for a database that applied {@code applied}, from a source offering {@code baseline} and
     * {@code updates}, up to and including the file {@code until} (null: everything).
     */
    static SyncPlan make(List<NlmFile> baseline, List<NlmFile> updates, List<AppliedFile> applied, String until) {
        if (baseline.isEmpty()) {
            throw new PubldException("the source has no baseline files (pubmedYYnNNNN.xml.gz in baseline/)");
        }
        Set<Integer> years = baseline.stream().map(NlmFile::year).collect(Collectors.toCollection(TreeSet::new));
        if (years.size() > 1) {
            throw new PubldException("the source's baseline/ mixes the files of several years " + years);
        }
        int year = years.iterator().next();
        List<NlmFile> applicable = updates.stream().filter(f -> f.year() == year).toList();
        Set<String> done = applied.stream().map(AppliedFile::name).collect(Collectors.toSet());
        checkSameYear(applied, year);

        int lastBaseline = baseline.stream().mapToInt(NlmFile::number).max().orElseThrow();
        List<NlmFile> pendingBaseline = baseline.stream().filter(f -> !done.contains(f.name()))
                .sorted(NlmFile.ORDER).toList();
        Optional<NlmFile> lastUpdate = applied.stream().map(a -> NlmFile.parse(a.name(), true, -1)).flatMap(Optional::stream)
                .filter(f -> f.number() > lastBaseline).max(NlmFile.ORDER);
        if (!pendingBaseline.isEmpty() && lastUpdate.isPresent()) {
            throw new PubldException("the baseline is not complete (" + some(pendingBaseline) + " not applied), but the"
                    + " update file " + lastUpdate.get().name() + " is: NLM's rules apply the whole baseline before the first"
                    + " update file; sync into a new database");
        }
        List<NlmFile> pendingUpdates = applicable.stream().filter(f -> !done.contains(f.name()))
                .sorted(NlmFile.ORDER).toList();
        if (lastUpdate.isPresent()) {
            List<NlmFile> older = pendingUpdates.stream().filter(f -> f.number() < lastUpdate.get().number()).toList();
            if (!older.isEmpty()) {
                throw new PubldException("the update file " + older.get(0).name() + " is older than "
                        + lastUpdate.get().name() + ", which the database already applied: NLM's update files apply in"
                        + " numerical order, so it cannot be applied now (" + some(older) + " not applied); sync"
                        + " into a new database from a source that has all the update files");
            }
        }
        List<NlmFile> files = new ArrayList<>(pendingBaseline);
        files.addAll(pendingUpdates);
        if (until != null) {
            NlmFile last = baseline.stream().filter(f -> f.isNamed(until)).findFirst()
                    .or(() -> applicable.stream().filter(f -> f.isNamed(until)).findFirst())
                    .orElseThrow(() -> new PubldException("--until " + until + ": the source has no such file"));
            files.removeIf(f -> NlmFile.ORDER.compare(f, last) > 0);
        }
        return new SyncPlan(List.copyOf(files), year);
    }

    private static void checkSameYear(List<AppliedFile> applied, int year) {
        applied.stream().map(a -> NlmFile.parse(a.name(), false, -1)).flatMap(Optional::stream)
                .filter(f -> f.year() != year).findFirst().ifPresent(f -> {
                    throw new PubldException("the database holds the 20" + String.format("%02d", f.year())
                            + " baseline (" + f.name() + "), the source offers the 20" + String.format("%02d", year)
                            + " one: each year's baseline replaces all of PubMed; sync it into a new database");
                });
    }

    // The first file's name, and how many more.
    private static String some(List<NlmFile> files) {
        List<NlmFile> sorted = files.stream().sorted(Comparator.comparing(NlmFile::number)).toList();
        return sorted.get(0).name() + (sorted.size() == 1 ? "" : " and " + (sorted.size() - 1) + " more");
    }
}

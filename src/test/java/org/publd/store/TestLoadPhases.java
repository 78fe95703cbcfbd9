package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps of a load after its last record are told, in the order they run. */
class TestLoadPhases {
    @TempDir
    Path tmp;

    private List<LoadPhase> load(String records, LoadPath path) {
        List<LoadPhase> heard = new ArrayList<>();
        Path in = StoreFixture.input(tmp, "in.lines", records);
        try (StoreLoader loader = StoreLoader.open(tmp.resolve("db"), path, heard::add)) {
            StoreFixture.pipeline(false).run(List.of(in.toString()), loader);
            loader.commit();
        }
        return heard;
    }

    @Test
    void aBulkLoadIndexesThenBuildsTheSearchIndex() {
        assertEquals(List.of(LoadPhase.INDEXING, LoadPhase.SEARCH_INDEX), load("article 1 t=One\narticle 2 t=Two\n", LoadPath.BULK));
    }

    @Test
    void aBulkLoadAppliesARecordGivenAgainLast() {
        // Enough records between the two copies that the pipeline's duplicate window lets both through.
        String between = IntStream.rangeClosed(2, 80).mapToObj(n -> "article " + n + "\n").collect(Collectors.joining());
        assertEquals(List.of(LoadPhase.INDEXING, LoadPhase.SEARCH_INDEX, LoadPhase.LATER_CHANGES),
                load("article 1 t=One\n" + between + "article 1 t=Again\n", LoadPath.BULK));
    }

    @Test
    void aTransactionalLoadHasNoLaterSteps() {
        assertEquals(List.of(), load("article 1 t=One\n", LoadPath.TRANSACTIONAL));
    }

    @Test
    void theDumpIsToldOnlyWhenItIsWritten() {
        load("article 1 t=One\n", LoadPath.BULK);
        List<LoadPhase> heard = new ArrayList<>();
        DatasetDump.refresh(tmp.resolve("db"), heard::add);
        DatasetDump.refresh(tmp.resolve("db"), heard::add);
        assertEquals(List.of(LoadPhase.DUMP), heard);
    }
}

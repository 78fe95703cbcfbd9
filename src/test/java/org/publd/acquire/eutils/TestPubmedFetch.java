package org.publd.acquire.eutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publd.acquire.eutils.EutilsStandIn.Received;
import org.publd.net.PoliteClient;

/** What {@code publd fetch} asks NCBI for, and how, as a local E-utilities stand-in receives it. */
class TestPubmedFetch {
    private static final String EMAIL = "librarian@example.org";

    private EutilsStandIn ncbi;

    /** Keeps what it is given; holds {@code known} from the start. */
    private static final class Collected implements PubmedFetch.Target {
        final Set<String> known;
        final List<String> pmids = new ArrayList<>();

        Collected(Set<String> known) {
            this.known = known;
        }

        @Override
        public Set<String> known() {
            return known;
        }

        @Override
        public void page(byte[] articleSet, List<String> received) {
            pmids.addAll(received);
        }
    }

    @BeforeEach
    void start() throws IOException {
        ncbi = new EutilsStandIn();
    }

    @AfterEach
    void stop() {
        ncbi.close();
    }

    private EutilsClient eutils(String apiKey) {
        return EutilsClient.create(ncbi.base(), EMAIL, apiKey, PoliteClient.userAgent("test", EMAIL));
    }

    private static List<String> pmids(int from, int n) {
        return IntStream.range(from, from + n).mapToObj(Integer::toString).toList();
    }

    private List<Received> fetches() {
        return ncbi.received().stream().filter(r -> r.utility().equals("efetch.fcgi")).toList();
    }

    /** Whether some window of one second holds more than {@code max} arrivals. */
    private static boolean moreThanInAnySecond(int max, List<Received> requests) {
        for (int i = 0; i + max < requests.size(); i++) {
            if (requests.get(i + max).nanos() - requests.get(i).nanos() < TimeUnit.SECONDS.toNanos(1)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void idListsGoByPostInBatchesOfAtMost200() {
        Collected target = new Collected(Set.of());
        new PubmedFetch(eutils("key"), target, PubmedFetch.Listener.NONE).pmids(pmids(1000, 450));
        assertEquals(List.of(200, 200, 50), fetches().stream().map(r -> r.ids().size()).toList());
        assertTrue(fetches().stream().allMatch(r -> r.method().equals("POST")));
        assertEquals(pmids(1000, 450), target.pmids);
    }

    @Test
    void everyRequestNamesTheToolTheEmailAndTheApiKey() {
        ncbi.search("mtor", 5000, 30);
        new PubmedFetch(eutils("s3cr3t"), new Collected(Set.of()), PubmedFetch.Listener.NONE).query("mtor", 0);
        List<Received> all = ncbi.received();
        assertEquals(2, all.size(), "one search, one page");
        for (Received r : all) {
            assertEquals("publd", r.params().get("tool"), r.toString());
            assertEquals(EMAIL, r.params().get("email"), r.toString());
            assertEquals("s3cr3t", r.params().get("api_key"), r.toString());
        }
    }

    @Test
    void withoutAnApiKeyNeverMoreThanThreeRequestsInAnySecond() {
        new PubmedFetch(eutils(null), new Collected(Set.of()), PubmedFetch.Listener.NONE).pmids(pmids(1000, 1800));
        List<Received> all = ncbi.received();
        assertEquals(9, all.size());
        assertTrue(!moreThanInAnySecond(3, all), "more than 3 requests in one second");
        assertTrue(all.stream().noneMatch(r -> r.params().containsKey("api_key")));
    }

    @Test
    void withAnApiKeyNeverMoreThanTenRequestsInAnySecond() {
        new PubmedFetch(eutils("key"), new Collected(Set.of()), PubmedFetch.Listener.NONE).pmids(pmids(1000, 5000));
        List<Received> all = ncbi.received();
        assertEquals(25, all.size());
        assertTrue(!moreThanInAnySecond(10, all), "more than 10 requests in one second");
        assertTrue(moreThanInAnySecond(3, all), "an API key allows more than 3 a second");
    }

    @Test
    void a429WithRetryAfterTwoIsWaitedOut() {
        ncbi.queue(EutilsStandIn.tooManyRequests(2));
        Collected target = new Collected(Set.of());
        new PubmedFetch(eutils("key"), target, PubmedFetch.Listener.NONE).pmids(pmids(1000, 3));
        List<Received> all = ncbi.received();
        assertEquals(2, all.size());
        assertTrue(all.get(1).nanos() - all.get(0).nanos() >= TimeUnit.SECONDS.toNanos(2), "asked again too early");
        assertEquals(pmids(1000, 3), target.pmids);
    }

    @Test
    void aSearchOfMoreThan10000HitsIsFetchedWhollyThroughTheHistoryServer() {
        ncbi.search("cancer", 20_000_000, 10_250);
        Collected target = new Collected(Set.of());
        PubmedFetch.Summary s = new PubmedFetch(eutils("key"), target, PubmedFetch.Listener.NONE).query("cancer", 0);
        assertEquals(pmids(20_000_000, 10_250), target.pmids);
        assertEquals(10_250, s.fetched());
        List<Received> pages = fetches();
        assertEquals(21, pages.size());
        assertTrue(pages.stream().allMatch(r -> r.params().get("WebEnv").equals("MCID_0")
                && r.params().get("query_key").equals("1") && r.ids().isEmpty()), pages.get(0).toString());
        assertEquals("10000", pages.get(20).params().get("retstart"));
    }

    @Test
    void maxFetchesOnlyTheFirstHits() {
        ncbi.search("cancer", 20_000_000, 2_000);
        Collected target = new Collected(Set.of());
        new PubmedFetch(eutils("key"), target, PubmedFetch.Listener.NONE).query("cancer", 700);
        assertEquals(pmids(20_000_000, 700), target.pmids);
    }

    @Test
    void pmidsNcbiDoesNotKnowAreReportedByNumber() {
        ncbi.unknown(p -> p.equals("1001") || p.equals("1003"));
        PubmedFetch.Summary s = new PubmedFetch(eutils("key"), new Collected(Set.of()), PubmedFetch.Listener.NONE)
                .pmids(pmids(1000, 5));
        assertEquals(List.of("1001", "1003"), s.unknown());
        assertEquals(3, s.fetched());
    }

    @Test
    void recordsTheTargetHoldsAreNotAskedForAgain() {
        Collected target = new Collected(new HashSet<>(pmids(1000, 300)));
        PubmedFetch.Summary s = new PubmedFetch(eutils("key"), target, PubmedFetch.Listener.NONE).pmids(pmids(1000, 450));
        assertEquals(pmids(1300, 150), fetches().get(0).ids());
        assertEquals(1, fetches().size());
        assertEquals(300, s.alreadyHad());
    }

    @Test
    void aSearchResumedListsItsHitsAndFetchesOnlyTheMissing() {
        ncbi.search("cancer", 20_000_000, 1_000);
        Collected target = new Collected(new HashSet<>(pmids(20_000_000, 600)));
        new PubmedFetch(eutils("key"), target, PubmedFetch.Listener.NONE).query("cancer", 0);
        List<Received> f = fetches();
        assertEquals("uilist", f.get(0).params().get("rettype"));
        assertEquals(List.of(200, 200), f.subList(1, f.size()).stream().map(r -> r.ids().size()).toList());
        assertEquals(pmids(20_000_600, 400), target.pmids);
    }
}

package org.publd.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publd.server.SampleServer;

/**
 * The REST API over two real records, through an HTTP client, in JSON and CSV. The expected rows were
 * written by reading the input files in {@code src/test/resources/api/}: the saved PubMed page of 20724638
 * ("Comment in" and "Cited by" lists) and the PubMed XML of 36156117 (its ReferenceList, CommentsCorrections,
 * AuthorList, Journal and MeshHeadingList).
 */
class TestRestApi {
    private static final String SEED_IDS = "pmid:20724638 doi:10.1126/science.1190287 pmcid:PMC3116441";
    private static final String REMDESIVIR_IDS = "pmid:36156117 doi:10.1093/cid/ciac769 pmcid:PMC9619446";
    /**
     * The works citing 20724638, as the page lists them: "Comment in" (cito:discusses) and "Cited by"
     * (cito:cites), each "PMID: citing ids, date" from its entry ("Science. 2010 Aug 20;...": 2010-08-20).
     */
    private static final Set<String> SEED_CITATIONS = Set.of(
            "20724626-20724638|pmid:20724626 doi:10.1126/science.1194313|2010-08-20|cito:discusses",
            "21080533-20724638|pmid:21080533 doi:10.1038/nrn2916|2010-10|cito:discusses",
            "21158553-20724638|pmid:21158553 doi:10.1586/ern.10.176|2011-01|cito:discusses",
            "33904154-20724638|pmid:33904154 doi:10.1007/s40263-021-00816-x|2021-05|cito:cites",
            "34035476-20724638|pmid:34035476 doi:10.1038/s41380-021-01159-1|2021-11|cito:cites",
            "26016889-20724638|pmid:26016889 doi:10.1111/jnc.13181|2015-09|cito:cites",
            "25637439-20724638|pmid:25637439 doi:10.1016/bs.apha.2014.11.003|2015|cito:cites",
            "38326457-20724638|pmid:38326457 doi:10.1038/s41386-024-01811-8|2024-06|cito:cites");
    /**
     * What 36156117 cites, from its ReferenceList (each Reference's ArticleIdList: pubmed, pmc, doi; the
     * GISAID web page has none and is no citation), and the work it updates (CommentsCorrections UpdateOf,
     * whose DOI is only inside the RefSource text).
     */
    private static final Set<String> REMDESIVIR_REFERENCES = Set.of(
            "36156117-34905269|pmid:34905269|cito:cites",
            "36156117-35412626|pmid:35412626 pmcid:PMC9006106|cito:cites",
            "36156117-35482820|pmid:35482820 pmcid:PMC9097878|cito:cites",
            "36156117-35301314|pmid:35301314 pmcid:PMC8930970|cito:cites",
            "36156117-34131632|pmid:34131632 pmcid:PMC8196101|cito:cites",
            "36156117-34806036|pmid:34806036 pmcid:PMC8592562|cito:cites",
            "36156117-35165203|pmid:35165203 pmcid:PMC8892293|cito:cites",
            "36156117-35996593|pmid:35996593 doi:10.1101/2022.03.02.22271697 pmcid:PMC9384748|cito:cites",
            "36156117-35708323|pmid:35708323 doi:10.1101/2022.02.07.479493 pmcid:PMC9295571|cito:cites",
            "36156117-35263515|pmid:35263515 pmcid:PMC8929376|cito:cites",
            "36156117-35598619|pmid:35598619 pmcid:PMC9119661|cito:cites",
            "36156117-35033232|pmid:35033232 pmcid:PMC9760347|cito:cites",
            "36156117-34375308|pmid:34375308 pmcid:PMC8439605|cito:cites",
            "36156117-28710774|pmid:28710774 pmcid:PMC5734306|cito:cites",
            "36156117-35794888|pmid:35794888|cito:updates");
    private static final List<String> CITATION_FIELDS = List.of("oci", "citing", "cited", "creation", "timespan",
            "journal_sc", "author_sc", "property");
    private static final String CSV = "text/csv";

    @RegisterExtension
    static final SampleServer api = new SampleServer();

    private static List<Map<String, String>> json(String path) {
        HttpResponse<String> r = api.get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return SampleServer.jsonRows(r.body());
    }

    private static List<Map<String, String>> csv(String path, List<String> header) {
        HttpResponse<String> r = api.get(path, "Accept", CSV);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(CSV));
        assertEquals(header, SampleServer.csvHeader(r.body()));
        return SampleServer.csvRows(r.body());
    }

    private static Set<String> seedView(List<Map<String, String>> rows) {
        rows.forEach(r -> {
            assertEquals(SEED_IDS, r.get("cited"));
            assertEquals(List.of("", "no", "no"), List.of(r.get("timespan"), r.get("journal_sc"), r.get("author_sc")));
        });
        return view(rows, r -> r.get("oci") + "|" + r.get("citing") + "|" + r.get("creation") + "|" + r.get("property"));
    }

    private static Set<String> referenceView(List<Map<String, String>> rows) {
        rows.forEach(r -> {
            assertEquals(REMDESIVIR_IDS, r.get("citing"));
            // PubDate 2023 Jan 13; the references state no dates, so no time spans.
            assertEquals(List.of("2023-01-13", "", "no", "no"),
                    List.of(r.get("creation"), r.get("timespan"), r.get("journal_sc"), r.get("author_sc")));
        });
        return view(rows, r -> r.get("oci") + "|" + r.get("cited") + "|" + r.get("property"));
    }

    private static Set<String> view(List<Map<String, String>> rows, Function<Map<String, String>, String> f) {
        Set<String> out = rows.stream().map(f).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rows.size(), out.size(), "a citation listed twice");
        return out;
    }

    @Test
    void citationsOfTheSeedAreItsFiveCitingWorksAndThreeComments() {
        List<Map<String, String>> rows = json("/api/v1/citations/pmid:20724638");
        rows.forEach(r -> assertEquals(CITATION_FIELDS, List.copyOf(r.keySet())));
        assertEquals(new TreeSet<>(SEED_CITATIONS), seedView(rows));
    }

    @Test
    void citationsOfTheSeedInCsv() {
        assertEquals(new TreeSet<>(SEED_CITATIONS), seedView(csv("/api/v1/citations/doi:10.1126/SCIENCE.1190287", CITATION_FIELDS)));
    }

    @Test
    void citationCountOfTheSeed() {
        assertEquals(List.of(Map.of("count", "8")), json("/api/v1/citation-count/PMCID:PMC3116441"));
        assertEquals(List.of(Map.of("count", "8")), csv("/api/v1/citation-count/pmid:20724638", List.of("count")));
    }

    @Test
    void theSeedsCommentsByFilter() {
        List<Map<String, String>> rows = json("/api/v1/citations/pmid:20724638?filter=property:discusses&sort=asc(creation)");
        assertEquals(List.of("20724626-20724638", "21080533-20724638", "21158553-20724638"),
                rows.stream().map(r -> r.get("oci")).toList());
    }

    @Test
    void referencesOfARecordWithReferencesDoiAndOrcid() {
        assertEquals(new TreeSet<>(REMDESIVIR_REFERENCES), referenceView(json("/api/v1/references/doi:10.1093/cid/ciac769")));
        assertEquals(new TreeSet<>(REMDESIVIR_REFERENCES), referenceView(csv("/api/v1/references/pmid:36156117", CITATION_FIELDS)));
    }

    @Test
    void referenceCount() {
        assertEquals(List.of(Map.of("count", "15")), json("/api/v1/reference-count/pmid:36156117"));
        assertEquals(List.of(Map.of("count", "15")), csv("/api/v1/reference-count/pmid:36156117", List.of("count")));
    }

    @Test
    void oneCitationByItsOwnId() {
        String expected = "20724626-20724638|pmid:20724626 doi:10.1126/science.1194313|2010-08-20|cito:discusses";
        assertEquals(Set.of(expected), seedView(json("/api/v1/citation/20724626-20724638")));
        assertEquals(Set.of(expected), seedView(csv("/api/v1/citation/pmid:20724626-pmid:20724638", CITATION_FIELDS)));
    }

    @Test
    void metadataOfSeveralWorksInTheOrderAsked() {
        // From the XML: ArticleIdList, ArticleTitle, AuthorList (Heguy's ORCID Identifier), PubDate, Journal Title,
        // ISSN (Electronic) and ISSNLinking, Volume, Issue, MedlinePgn, MeshHeadingList descriptors by name.
        Map<String, String> remdesivir = Map.of("id", REMDESIVIR_IDS,
                "title", "Remdesivir Resistance in Transplant Recipients With Persistent Coronavirus Disease 2019.",
                "author", "Hogan, John I; Duerr, Ralf; Dimartino, Dacia; Marier, Christian; Hochman, Sarah E; Mehta, Sapna; "
                        + "Wang, Guiqing; Heguy, Adriana [orcid:0000-0002-2836-6683]",
                "pub_date", "2023-01-13",
                "venue", "Clinical infectious diseases : an official publication of the Infectious Diseases Society of America "
                        + "[issn:1058-4838 issn:1537-6591]",
                "volume", "76", "issue", "2", "page", "342-345", "type", "journal article",
                "mesh", "Antiviral Agents [mesh:D000998]; COVID-19 [mesh:D000086382]; COVID-19 Drug Treatment [mesh:D000093485]; "
                        + "Humans [mesh:D006801]; SARS-CoV-2 [mesh:D000086402]; Transplant Recipients [mesh:D066027]");
        String ids = "/api/v1/metadata/doi:10.1126/science.1190287__pmid:36156117";
        for (List<Map<String, String>> rows : List.of(json(ids), csv(ids, MetadataQuery.COLUMNS))) {
            assertEquals(2, rows.size());
            // The page gives the seed's ids and title only.
            assertEquals(SEED_IDS, rows.get(0).get("id"));
            assertEquals("mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists",
                    rows.get(0).get("title"));
            assertEquals(remdesivir, rows.get(1));
        }
    }

    @Test
    void jsonParameterSplitsAField() {
        List<Map<String, String>> rows = json("/api/v1/citation/20724626-20724638?json=array(%22%20%22,citing)");
        assertEquals("[\"pmid:20724626\",\"doi:10.1126/science.1194313\"]", rows.get(0).get("citing"));
    }

    @Test
    void requireLeavesOutEmptyFields() {
        assertEquals(List.of(), json("/api/v1/references/pmid:36156117?require=timespan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"citations/pmid:99999999", "references/doi:10.9999/nothing", "citation/1-2", "metadata/pmcid:PMC1"})
    void unknownIdsAnswerAnEmptyList(String path) {
        HttpResponse<String> r = api.get("/api/v1/" + path);
        assertEquals(200, r.statusCode());
        assertEquals("[]", r.body().strip());
    }

    @Test
    void unknownIdCountIsZero() {
        assertEquals(List.of(Map.of("count", "0")), json("/api/v1/citation-count/pmid:99999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"citations/20724638", "citations/isbn:123", "references/pmid:abc", "metadata/pmid:1__doi:nope",
            "citation-count/doi:", "citations/pmcid:PMCX"})
    void malformedIdsAre400NamingTheAcceptedForms(String path) {
        HttpResponse<String> r = api.get("/api/v1/" + path);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("pmid:20724638, doi:10.1126/science.1190287 or pmcid:PMC3116441"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"citations/pmid:20724638?sort=up(creation)", "citations/pmid:20724638?filter=nofield:x",
            "citations/pmid:20724638?format=xml", "citations/pmid:20724638?json=array(citing)", "citation/20724638"})
    void malformedParametersAre400(String path) {
        assertEquals(400, api.get("/api/v1/" + path).statusCode());
    }

    @Test
    void unknownOperationIs404() {
        assertEquals(404, api.get("/api/v1/venue-citation-count/issn:1537-6591").statusCode());
    }

    @Test
    void anyOriginMayRead() {
        HttpResponse<String> r = api.get("/api/v1/citation-count/pmid:20724638", "Origin", "https://example.org");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void preflightAllowsGet() {
        HttpResponse<String> r = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.url + "/api/v1/citations/pmid:1"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET").build());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    }
}

package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.publd.source.pubmed.PubmedXmlTestLib.articleSet;
import static org.publd.source.pubmed.PubmedXmlTestLib.citation;
import static org.publd.source.pubmed.PubmedXmlTestLib.readOne;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.WorkKind;

/** {@code CommentsCorrectionsList} and {@code ReferenceList}: the works a record lists. */
class TestPubmedXmlRelations {
    private static Article withCommentsCorrections(String entries) {
        return readOne(articleSet(citation("<PMID>1</PMID><CommentsCorrectionsList>" + entries
                + "</CommentsCorrectionsList>")));
    }

    private static Article withReferences(String pubmedData) {
        return readOne(articleSet(citation("<PMID>1</PMID>").replace("</PubmedArticle>",
                "<PubmedData>" + pubmedData + "</PubmedData></PubmedArticle>")));
    }

    @ParameterizedTest
    @CsvSource({
        "Cites, CITES", "CommentIn, COMMENT_IN", "CommentOn, COMMENT_ON", "ErratumIn, ERRATUM_IN",
        "ErratumFor, ERRATUM_FOR", "RetractionIn, RETRACTION_IN", "RetractionOf, RETRACTION_OF",
        "UpdateIn, UPDATE_IN", "UpdateOf, UPDATE_OF", "RepublishedIn, REPUBLISHED_IN",
        "RepublishedFrom, REPUBLISHED_FROM", "ReprintIn, REPRINT_IN", "ReprintOf, REPRINT_OF",
        "ExpressionOfConcernIn, EXPRESSION_OF_CONCERN_IN", "ExpressionOfConcernFor, EXPRESSION_OF_CONCERN_FOR",
        "SummaryForPatientsIn, SUMMARY_FOR_PATIENTS_IN", "OriginalReportIn, ORIGINAL_REPORT_IN",
        "RetractedandRepublishedIn, RETRACTION_IN", "RetractedandRepublishedFrom, RETRACTION_OF",
        "RetractionAndReplacementIn, RETRACTION_IN", "RetractionAndReplacementOf, RETRACTION_OF",
        "CorrectedandRepublishedIn, REPUBLISHED_IN", "CorrectedandRepublishedFrom, REPUBLISHED_FROM"})
    void refType(String refType, RelationType expected) {
        Article a = withCommentsCorrections("<CommentsCorrections RefType=\"" + refType + "\">"
                + "<RefSource>Gut. 2017 Jun;66(6):1</RefSource><PMID Version=\"1\">27920200</PMID></CommentsCorrections>");
        assertEquals(expected, a.relations().get(0).type());
    }

    @Test
    void commentsCorrectionsEntryIsAListedWork() {
        Article a = withCommentsCorrections("<CommentsCorrections RefType=\"CommentIn\">"
                + "<RefSource>Gut. 2017 Jun;66(6):1</RefSource><PMID Version=\"1\">27920200</PMID></CommentsCorrections>");
        Article target = a.relations().get(0).target();
        assertEquals(WorkKind.LISTED_WORK, target.kind());
        assertEquals("27920200", target.pmid());
        assertEquals("Gut. 2017 Jun;66(6):1", target.citationText());
    }

    @Test
    void commentsCorrectionsEntryWithoutPmid() {
        Article a = withCommentsCorrections("<CommentsCorrections RefType=\"ErratumIn\">"
                + "<RefSource>Nature. 2011;475:1</RefSource></CommentsCorrections>");
        assertNull(a.relations().get(0).target().pmid());
    }

    @Test
    void unknownRefTypeSkipped() {
        Article a = withCommentsCorrections("""
                <CommentsCorrections RefType="AssociatedDataset"><RefSource>Data</RefSource></CommentsCorrections>
                <CommentsCorrections RefType="Cites"><RefSource>Paper</RefSource><PMID>2</PMID></CommentsCorrections>""");
        assertEquals(1, a.relations().size());
        assertEquals("2", a.relations().get(0).target().pmid());
    }

    @Test
    void referenceIsCitedListedWork() {
        Article a = withReferences("""
                <ReferenceList><Reference>
                  <Citation>Radiology. 2015 Jan;274(1):250-9</Citation>
                  <ArticleIdList>
                    <ArticleId IdType="doi">10.1148/radiol.14140144</ArticleId>
                    <ArticleId IdType="pmc">PMC4314116</ArticleId>
                    <ArticleId IdType="pubmed">25144646</ArticleId>
                  </ArticleIdList>
                </Reference></ReferenceList>""");
        Relation r = a.relations().get(0);
        assertEquals(RelationType.CITES, r.type());
        assertEquals(WorkKind.LISTED_WORK, r.target().kind());
        assertEquals("25144646", r.target().pmid());
        assertEquals("10.1148/radiol.14140144", r.target().doi());
        assertEquals("PMC4314116", r.target().pmcid());
        assertEquals("Radiology. 2015 Jan;274(1):250-9", r.target().citationText());
    }

    @Test
    void referenceIdentifiersDoNotBecomeTheRecords() {
        Article a = withReferences("""
                <ArticleIdList><ArticleId IdType="pubmed">1</ArticleId></ArticleIdList>
                <ReferenceList><Reference><Citation>Other.</Citation><ArticleIdList>
                  <ArticleId IdType="doi">10.1/other</ArticleId><ArticleId IdType="pmc">PMC1</ArticleId>
                  <ArticleId IdType="pii">S-other</ArticleId>
                </ArticleIdList></Reference></ReferenceList>""");
        assertNull(a.doi());
        assertNull(a.pmcid());
        assertTrue(a.otherIds().isEmpty());
        assertEquals(List.of(new ArticleId("pii", "S-other")), a.relations().get(0).target().otherIds());
    }

    @Test
    void referenceWithoutIdentifiers() {
        Article a = withReferences("<ReferenceList><Reference><Citation>Lorde A (1984). <i>Sister outsider</i>."
                + "</Citation></Reference></ReferenceList>");
        Article target = a.relations().get(0).target();
        assertNull(target.pmid());
        assertEquals("Lorde A (1984). Sister outsider.", target.citationText());
    }

    @Test
    void nestedReferenceListsInOrder() {
        Article a = withReferences("""
                <ReferenceList><Title>References</Title>
                  <Reference><Citation>First.</Citation></Reference>
                  <ReferenceList><Title>Further reading</Title>
                    <Reference><Citation>Second.</Citation></Reference>
                  </ReferenceList>
                  <Reference><Citation>Third.</Citation></Reference>
                </ReferenceList>""");
        assertEquals(List.of("First.", "Second.", "Third."),
                a.relations().stream().map(r -> r.target().citationText()).toList());
    }

    @Test
    void referencePmidThatIsNotANumberIsDropped() {
        Article a = withReferences("<ReferenceList><Reference><Citation>X.</Citation><ArticleIdList>"
                + "<ArticleId IdType=\"pubmed\">0</ArticleId></ArticleIdList></Reference></ReferenceList>");
        assertNull(a.relations().get(0).target().pmid());
    }

    @Test
    void articleIdWithoutTypeIsPubmedByDefault() {
        Article a = withReferences("<ReferenceList><Reference><Citation>X.</Citation><ArticleIdList>"
                + "<ArticleId>123</ArticleId></ArticleIdList></Reference></ReferenceList>");
        assertEquals("123", a.relations().get(0).target().pmid());
    }
}

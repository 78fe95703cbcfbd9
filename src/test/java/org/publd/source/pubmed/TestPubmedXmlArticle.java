package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.publd.source.pubmed.PubmedXmlTestLib.article;
import static org.publd.source.pubmed.PubmedXmlTestLib.articleSet;
import static org.publd.source.pubmed.PubmedXmlTestLib.citation;
import static org.publd.source.pubmed.PubmedXmlTestLib.readArticle;
import static org.publd.source.pubmed.PubmedXmlTestLib.readOne;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Contributor;
import org.publd.record.Grant;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Term;
import org.publd.record.WorkKind;

/** The fields of a {@code PubmedArticle}, one element at a time. */
class TestPubmedXmlArticle {
    @Test
    void pmidAndKind() {
        Article a = readArticle("<ArticleTitle>T</ArticleTitle>");
        assertEquals("1", a.pmid());
        assertEquals(WorkKind.JOURNAL_ARTICLE, a.kind());
    }

    @Test
    void titleInlineMarkupReducedToText() {
        Article a = readArticle("<ArticleTitle>Risk of <i>TERT</i> in Ca<sup>2+</sup> and H<sub>2</sub>O <b>now</b> "
                + "<u>here</u>.</ArticleTitle>");
        assertEquals("Risk of TERT in Ca2+ and H2O now here.", a.title());
    }

    @Test
    void titleWhitespaceNormalised() {
        Article a = readArticle("<ArticleTitle>\n   A  title\n\tover lines.  </ArticleTitle>");
        assertEquals("A title over lines.", a.title());
    }

    @Test
    void titleKeepsNoBreakSpace() {
        Article a = readArticle("<ArticleTitle>delay&#xa0;/ disability</ArticleTitle>");
        assertEquals("delay\u00a0/ disability", a.title());
    }

    @Test
    void titleMathMlReducedToItsTokens() {
        Article a = readArticle("""
                <ArticleTitle>Inhaled <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">
                    <mml:mrow>
                        <mml:msup>
                            <mml:mi>He</mml:mi>
                            <mml:mn>3</mml:mn>
                        </mml:msup>
                        <mml:mtext> </mml:mtext>
                        <mml:mi>MRI</mml:mi>
                    </mml:mrow>
                </mml:math> ventilation.</ArticleTitle>""");
        assertEquals("Inhaled He3 MRI ventilation.", a.title());
    }

    @Test
    void mathMlPrefixNeedNotBeDeclared() {
        Article a = readArticle("<ArticleTitle>x <mml:math><mml:mi>y</mml:mi></mml:math> z</ArticleTitle>");
        assertEquals("x y z", a.title());
    }

    @Test
    void vernacularTitle() {
        Article a = readArticle("<ArticleTitle>[On tea].</ArticleTitle><VernacularTitle>Über <i>Tee</i>.</VernacularTitle>");
        assertEquals("Über Tee.", a.vernacularTitle());
    }

    @Test
    void unstructuredAbstractHasOneUnlabelledSection() {
        Article a = readArticle("<Abstract><AbstractText>We did <i>it</i>.</AbstractText>"
                + "<CopyrightInformation>(c) Us</CopyrightInformation></Abstract>");
        assertEquals(List.of(new AbstractText(null, List.of(new AbstractText.Section(null, "We did it.")))),
                a.abstracts());
    }

    @Test
    void structuredAbstractKeepsLabels() {
        Article a = readArticle("""
                <Abstract>
                  <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Why.</AbstractText>
                  <AbstractText Label="RESULTS" NlmCategory="RESULTS">What.</AbstractText>
                </Abstract>""");
        assertEquals(List.of(new AbstractText.Section("BACKGROUND", "Why."), new AbstractText.Section("RESULTS", "What.")),
                a.abstracts().get(0).sections());
    }

    @Test
    void otherAbstractHasItsLanguage() {
        Article a = readOne(articleSet(citation("""
                <PMID Version="1">1</PMID>
                <Article><Abstract><AbstractText>English.</AbstractText></Abstract></Article>
                <OtherAbstract Type="Publisher" Language="spa"><AbstractText>Español.</AbstractText></OtherAbstract>""")));
        assertEquals(2, a.abstracts().size());
        assertNull(a.abstracts().get(0).language());
        assertEquals(new AbstractText("spa", List.of(new AbstractText.Section(null, "Español."))), a.abstracts().get(1));
    }

    @Test
    void allLanguages() {
        Article a = readArticle("<Language>eng</Language><Language>fre</Language>");
        assertEquals(List.of("eng", "fre"), a.languages());
    }

    @Test
    void personAuthor() {
        Article a = readArticle("""
                <AuthorList CompleteYN="Y"><Author ValidYN="Y">
                  <LastName>Li</LastName><ForeName>Nanxin</ForeName><Initials>N</Initials><Suffix>Jr</Suffix>
                  <AffiliationInfo><Affiliation>Lab A.</Affiliation></AffiliationInfo>
                  <AffiliationInfo><Affiliation>Lab B.</Affiliation></AffiliationInfo>
                </Author></AuthorList>""");
        assertEquals(List.of(Contributor.person("Li", "Nanxin", "N", "Jr", null, List.of("Lab A.", "Lab B."))),
                a.authors());
    }

    @Test
    void collectiveAuthor() {
        Article a = readArticle("<AuthorList><Author ValidYN=\"Y\"><CollectiveName>CRRN Group</CollectiveName>"
                + "</Author></AuthorList>");
        assertEquals(List.of(Contributor.collective("CRRN Group", List.of())), a.authors());
    }

    @Test
    void invalidAuthorsLeftOut() {
        Article a = readArticle("""
                <AuthorList>
                  <Author ValidYN="N"><LastName>Wrong</LastName></Author>
                  <Author ValidYN="Y"><LastName>Right</LastName></Author>
                  <Author><LastName>Default</LastName></Author>
                </AuthorList>""");
        assertEquals(List.of("Right", "Default"), a.authors().stream().map(Contributor::familyName).toList());
    }

    @Test
    void orcidNormalised() {
        Article a = readArticle("<AuthorList><Author><LastName>A</LastName>"
                + "<Identifier Source=\"ORCID\">https://orcid.org/0000000218250097</Identifier></Author></AuthorList>");
        assertEquals("0000-0002-1825-0097", a.authors().get(0).orcid());
    }

    @Test
    void invalidOrcidDropped() {
        Article a = readArticle("<AuthorList><Author><LastName>A</LastName>"
                + "<Identifier Source=\"ORCID\">0000-0002-1825-0098</Identifier></Author></AuthorList>");
        assertNull(a.authors().get(0).orcid());
    }

    @Test
    void otherIdentifierIsNotAnOrcid() {
        Article a = readArticle("<AuthorList><Author><LastName>A</LastName>"
                + "<Identifier Source=\"ISNI\">0000000218250097</Identifier></Author></AuthorList>");
        assertNull(a.authors().get(0).orcid());
    }

    @Test
    void journal() {
        Article a = readOne(articleSet(citation("""
                <PMID Version="1">1</PMID>
                <Article><Journal>
                  <ISSN IssnType="Electronic">1468-3288</ISSN>
                  <JournalIssue CitedMedium="Internet"><Volume>66</Volume><Issue>6</Issue>
                    <PubDate><Year>2017</Year><Month>06</Month></PubDate></JournalIssue>
                  <Title>Gut</Title><ISOAbbreviation>Gut</ISOAbbreviation>
                </Journal></Article>
                <MedlineJournalInfo><Country>England</Country><MedlineTA>Gut</MedlineTA>
                  <NlmUniqueID>2985108R</NlmUniqueID><ISSNLinking>0017-5749</ISSNLinking></MedlineJournalInfo>""")));
        assertEquals(new Journal("Gut", "Gut", "Gut", null, "1468-3288", "0017-5749", "2985108R", "England"), a.journal());
        assertEquals("66", a.volume());
        assertEquals("6", a.issue());
    }

    @Test
    void printIssn() {
        Article a = readArticle("<Journal><ISSN IssnType=\"Print\">0036-8075</ISSN></Journal>");
        assertEquals("0036-8075", a.journal().issnPrint());
    }

    @Test
    void noJournalWhenNoneNamed() {
        assertNull(readArticle("<ArticleTitle>T</ArticleTitle>").journal());
    }

    @Test
    void medlinePgnPreferred() {
        Article a = readArticle("<Pagination><StartPage>959</StartPage><EndPage>964</EndPage>"
                + "<MedlinePgn>959-64</MedlinePgn></Pagination>");
        assertEquals("959-64", a.pages());
    }

    @Test
    void startAndEndPage() {
        Article a = readArticle("<Pagination><StartPage>e100</StartPage><EndPage>e108</EndPage></Pagination>");
        assertEquals("e100-e108", a.pages());
    }

    @Test
    void startPageAlone() {
        assertEquals("026002", readArticle("<Pagination><StartPage>026002</StartPage></Pagination>").pages());
    }

    @Test
    void eLocationIds() {
        Article a = readArticle("<ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.1/x</ELocationID>"
                + "<ELocationID EIdType=\"pii\" ValidYN=\"Y\">S01</ELocationID>");
        assertEquals("10.1/x", a.doi());
        assertEquals(List.of(new ArticleId("pii", "S01")), a.otherIds());
    }

    @Test
    void invalidELocationDoiIgnored() {
        assertNull(readArticle("<ELocationID EIdType=\"doi\" ValidYN=\"N\">10.1/wrong</ELocationID>").doi());
    }

    @Test
    void articleIdList() {
        Article a = readOne(articleSet(citation("<PMID>5</PMID>").replace("</PubmedArticle>", """
                <PubmedData><ArticleIdList>
                  <ArticleId IdType="pubmed">5</ArticleId>
                  <ArticleId IdType="pii">gutjnl-1</ArticleId>
                  <ArticleId IdType="doi">10.1136/gutjnl-1</ArticleId>
                  <ArticleId IdType="pmc">PMC5442267</ArticleId>
                  <ArticleId IdType="mid">NIHMS857349</ArticleId>
                </ArticleIdList></PubmedData></PubmedArticle>""")));
        assertEquals("10.1136/gutjnl-1", a.doi());
        assertEquals("PMC5442267", a.pmcid());
        assertEquals(List.of(new ArticleId("pii", "gutjnl-1"), new ArticleId("mid", "NIHMS857349")), a.otherIds());
    }

    @Test
    void identifierInBothELocationAndArticleIdListCountsOnce() {
        Article a = readOne(articleSet(article("5", "<ELocationID EIdType=\"pii\" ValidYN=\"Y\">S01</ELocationID>")
                .replace("</PubmedArticle>", "<PubmedData><ArticleIdList><ArticleId IdType=\"pii\">S01</ArticleId>"
                        + "</ArticleIdList></PubmedData></PubmedArticle>")));
        assertEquals(List.of(new ArticleId("pii", "S01")), a.otherIds());
    }

    @Test
    void electronicArticleDateIsAvailable() {
        Article a = readArticle("<ArticleDate DateType=\"Electronic\"><Year>2016</Year><Month>10</Month>"
                + "<Day>21</Day></ArticleDate>");
        assertEquals(PubDate.of(2016, 10, 21), a.available());
    }

    @Test
    void dateRevised() {
        Article a = readOne(articleSet(citation("<PMID>1</PMID><DateRevised><Year>2018</Year><Month>04</Month>"
                + "<Day>17</Day></DateRevised>")));
        assertEquals(LocalDate.of(2018, 4, 17), a.revised());
    }

    @Test
    void publicationTypes() {
        Article a = readArticle("<PublicationTypeList><PublicationType UI=\"D016428\">Journal Article</PublicationType>"
                + "<PublicationType UI=\"D016454\">Review</PublicationType></PublicationTypeList>");
        assertEquals(List.of(new Term("D016428", "Journal Article"), new Term("D016454", "Review")), a.publicationTypes());
    }

    @Test
    void meshHeadingsWithQualifiersAndMajorTopics() {
        Article a = readOne(articleSet(citation("""
                <PMID>1</PMID>
                <MeshHeadingList>
                  <MeshHeading>
                    <DescriptorName UI="D000230" MajorTopicYN="N">Adenocarcinoma</DescriptorName>
                    <QualifierName UI="Q000453" MajorTopicYN="Y">epidemiology</QualifierName>
                    <QualifierName UI="Q000235" MajorTopicYN="N">genetics</QualifierName>
                  </MeshHeading>
                  <MeshHeading><DescriptorName UI="D059506" MajorTopicYN="Y">Telomere Shortening</DescriptorName></MeshHeading>
                </MeshHeadingList>""")));
        assertEquals(List.of(
                new MeshHeading(new Term("D000230", "Adenocarcinoma"), false, List.of(
                        new MeshHeading.Qualifier(new Term("Q000453", "epidemiology"), true),
                        new MeshHeading.Qualifier(new Term("Q000235", "genetics"), false))),
                new MeshHeading(new Term("D059506", "Telomere Shortening"), true, List.of())), a.meshHeadings());
    }

    @Test
    void chemicalsAndSupplementaryConceptsAreSubstances() {
        Article a = readOne(articleSet(citation("""
                <PMID>1</PMID>
                <ChemicalList><Chemical><RegistryNumber>EC 2.7.7.49</RegistryNumber>
                  <NameOfSubstance UI="D019098">Telomerase</NameOfSubstance></Chemical></ChemicalList>
                <SupplMeshList><SupplMeshName Type="Disease" UI="C538248">Timothy syndrome</SupplMeshName></SupplMeshList>""")));
        assertEquals(List.of(new Term("D019098", "Telomerase"), new Term("C538248", "Timothy syndrome")), a.substances());
    }

    @Test
    void keywordsOfEveryList() {
        Article a = readOne(articleSet(citation("""
                <PMID>1</PMID>
                <KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">asthma</Keyword>
                  <Keyword MajorTopicYN="N">lung <i>MRI</i></Keyword></KeywordList>
                <KeywordList Owner="NLM"><Keyword MajorTopicYN="N">COPD</Keyword></KeywordList>""")));
        assertEquals(List.of("asthma", "lung MRI", "COPD"), a.keywords());
    }

    @Test
    void grants() {
        Article a = readArticle("""
                <GrantList CompleteYN="Y">
                  <Grant><GrantID>R35 CA197735</GrantID><Acronym>CA</Acronym><Agency>NCI NIH HHS</Agency>
                    <Country>United States</Country></Grant>
                  <Grant><Agency>Wellcome Trust</Agency></Grant>
                </GrantList>""");
        assertEquals(List.of(new Grant("R35 CA197735", "CA", "NCI NIH HHS", "United States"),
                new Grant(null, null, "Wellcome Trust", null)), a.grants());
    }

    @Test
    void investigatorsAreNotAuthors() {
        Article a = readOne(articleSet(citation("""
                <PMID>1</PMID>
                <Article><AuthorList><Author><LastName>Author</LastName></Author></AuthorList></Article>
                <InvestigatorList><Investigator><LastName>Investigator</LastName></Investigator></InvestigatorList>
                <PersonalNameSubjectList><PersonalNameSubject><LastName>Subject</LastName></PersonalNameSubject>
                </PersonalNameSubjectList>""")));
        assertEquals(List.of("Author"), a.authors().stream().map(Contributor::familyName).toList());
    }
}

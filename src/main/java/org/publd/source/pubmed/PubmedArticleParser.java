package org.publd.source.pubmed;

import javax.xml.stream.XMLStreamException;
import org.publd.record.Contributor;
import org.publd.source.xml.XmlCursor;

/**
 * {@code PubmedArticle}: a journal article. {@code MedlineCitation} holds what NLM indexed
 * (the {@code Article}, the journal, MeSH, substances, comments and corrections);
 * {@code PubmedData} holds identifiers and the reference list.
 */
final class PubmedArticleParser implements RecordParser {
    @Override
    public void read(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "MedlineCitation" -> medlineCitation(c, d);
                case "PubmedData" -> pubmedData(c, d);
                default -> {
                }
            }
        }
    }

    private static void medlineCitation(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "PMID" -> RecordElements.pmid(c, d);
                case "DateRevised" -> RecordElements.revised(c, d);
                case "Article" -> article(c, d);
                case "MedlineJournalInfo" -> JournalElements.medlineJournalInfo(c, d);
                case "ChemicalList" -> MeshElements.chemicalList(c, d);
                case "SupplMeshList" -> MeshElements.supplMeshList(c, d);
                case "CommentsCorrectionsList" -> RelationElements.commentsCorrectionsList(c, d);
                case "MeshHeadingList" -> MeshElements.meshHeadingList(c, d);
                case "OtherAbstract" -> RecordElements.abstractText(c, d, c.attribute("Language"));
                case "KeywordList" -> RecordElements.keywordList(c, d);
                default -> {
                }
            }
        }
    }

    private static void article(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "Journal" -> JournalElements.journal(c, d);
                case "ArticleTitle" -> d.article.title(c.text());
                case "VernacularTitle" -> d.article.vernacularTitle(c.text());
                case "Pagination" -> RecordElements.pagination(c, d);
                case "ELocationID" -> RecordElements.eLocationId(c, d);
                case "Abstract" -> RecordElements.abstractText(c, d, null);
                case "AuthorList" -> authorList(c, d);
                case "Language" -> RecordElements.language(c, d);
                case "GrantList" -> RecordElements.grantList(c, d);
                case "PublicationTypeList" -> publicationTypeList(c, d);
                case "ArticleDate" -> articleDate(c, d);
                default -> {
                }
            }
        }
    }

    private static void authorList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        // Journal articles have no editors to speak of; an editor list would not name the authors.
        if (!ContributorElements.isEditorList(c)) {
            for (Contributor author : ContributorElements.authorList(c)) {
                d.article.addAuthor(author);
            }
        }
    }

    private static void publicationTypeList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("PublicationType")) {
                RecordElements.publicationType(c, d);
            }
        }
    }

    /** The electronic publication date: the DTD fixes {@code DateType} to it, so it may go unsaid. */
    private static void articleDate(XmlCursor c, RecordDraft d) throws XMLStreamException {
        String type = c.attribute("DateType");
        if (type == null || type.equals("Electronic")) {
            d.article.available(DateElements.localDate(c));
        }
    }

    private static void pubmedData(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "ArticleIdList" -> RecordElements.articleIdList(c, d.ids);
                case "ReferenceList" -> RelationElements.referenceList(c, d);
                default -> {
                }
            }
        }
    }
}

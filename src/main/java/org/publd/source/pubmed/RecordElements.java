package org.publd.source.pubmed;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.publd.record.AbstractText;
import org.publd.record.Grant;
import org.publd.record.Term;
import org.publd.source.xml.XmlCursor;

/**
 * The elements journal articles and book documents share: PMID, titles, pages, identifiers,
 * abstracts, languages, keywords, grants, publication types and the revision date.
 */
final class RecordElements {
    private RecordElements() {
    }

    /** {@code PMID}: the record's identity, so a missing or malformed one makes the record unreadable. */
    static void pmid(XmlCursor c, RecordDraft d) throws XMLStreamException {
        String version = c.attribute("Version");
        String pmid = c.text();
        if (pmid == null) {
            throw new BadRecordException("empty <PMID>", c.line());
        }
        if (!Pmids.isPmid(pmid)) {
            throw new BadRecordException("PMID '" + pmid + "' is not a number", c.line());
        }
        if (d.pmid() == null) {
            d.article.pmid(pmid);
            d.article.pmidVersion(version != null && version.matches("[1-9][0-9]{0,8}") ? Integer.valueOf(version) : null);
        }
    }

    static void revised(XmlCursor c, RecordDraft d) throws XMLStreamException {
        d.article.revised(DateElements.localDate(c));
    }

    /** {@code Pagination}: {@code MedlinePgn} as written, else {@code StartPage-EndPage}. */
    static void pagination(XmlCursor c, RecordDraft d) throws XMLStreamException {
        String start = null;
        String end = null;
        String medlinePgn = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "StartPage" -> start = c.text();
                case "EndPage" -> end = c.text();
                case "MedlinePgn" -> medlinePgn = c.text();
                default -> {
                }
            }
        }
        if (medlinePgn != null) {
            d.article.pages(medlinePgn);
        } else if (start != null) {
            d.article.pages(end == null ? start : start + "-" + end);
        }
    }

    /** {@code ELocationID} ({@code doi}, {@code pii}); NLM marks wrong ones {@code ValidYN="N"}. */
    static void eLocationId(XmlCursor c, RecordDraft d) throws XMLStreamException {
        String type = c.attribute("EIdType");
        boolean valid = !"N".equals(c.attribute("ValidYN"));
        String value = c.text();
        if (valid && type != null) {
            d.ids.add(type, value);
        }
    }

    /** {@code ArticleIdList} of the record itself (never one inside a reference). */
    static void articleIdList(XmlCursor c, IdCollector ids) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("ArticleId")) {
                String type = c.attribute("IdType");
                ids.add(type, c.text());
            }
        }
    }

    /** {@code Abstract} or {@code OtherAbstract}: {@code AbstractText} paragraphs, labelled when structured. */
    static void abstractText(XmlCursor c, RecordDraft d, String language) throws XMLStreamException {
        List<AbstractText.Section> sections = new ArrayList<>(4);
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("AbstractText")) {
                String label = blankToNull(c.attribute("Label"));
                String text = c.text();
                if (label != null || text != null) {
                    sections.add(new AbstractText.Section(label, text));
                }
            }
        }
        if (!sections.isEmpty()) {
            d.article.addAbstract(new AbstractText(language, sections));
        }
    }

    static void language(XmlCursor c, RecordDraft d) throws XMLStreamException {
        String language = c.text();
        if (language != null) {
            d.article.addLanguage(language);
        }
    }

    static void keywordList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("Keyword")) {
                String keyword = c.text();
                if (keyword != null) {
                    d.article.addKeyword(keyword);
                }
            }
        }
    }

    static void publicationType(XmlCursor c, RecordDraft d) throws XMLStreamException {
        String ui = c.attribute("UI");
        String name = c.text();
        if (name != null) {
            d.article.addPublicationType(new Term(ui, name));
        }
    }

    static void grantList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("Grant")) {
                Grant grant = grant(c);
                if (grant != null) {
                    d.article.addGrant(grant);
                }
            }
        }
    }

    private static Grant grant(XmlCursor c) throws XMLStreamException {
        String id = null;
        String acronym = null;
        String agency = null;
        String country = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "GrantID" -> id = c.text();
                case "Acronym" -> acronym = c.text();
                case "Agency" -> agency = c.text();
                case "Country" -> country = c.text();
                default -> {
                }
            }
        }
        return id == null && acronym == null && agency == null ? null : new Grant(id, acronym, agency, country);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.publd.source.pubmed;

import javax.xml.stream.XMLStreamException;
import org.publd.source.xml.XmlCursor;

/**
 * The journal: {@code Article/Journal} (title, ISO abbreviation, ISSN, and the issue: volume, issue,
 * publication date) and {@code MedlineJournalInfo} (NLM abbreviation, NLM ID, ISSN-L, country).
 */
final class JournalElements {
    private JournalElements() {
    }

    static void journal(XmlCursor c, RecordDraft d) throws XMLStreamException {
        JournalParts journal = d.journal();
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "ISSN" -> issn(c, journal);
                case "JournalIssue" -> journalIssue(c, d);
                case "Title" -> journal.title = c.text();
                case "ISOAbbreviation" -> journal.isoAbbreviation = c.text();
                default -> {
                }
            }
        }
    }

    private static void issn(XmlCursor c, JournalParts journal) throws XMLStreamException {
        boolean electronic = "Electronic".equals(c.attribute("IssnType"));
        String issn = c.text();
        if (electronic) {
            journal.issnElectronic = issn;
        } else {
            journal.issnPrint = issn;
        }
    }

    private static void journalIssue(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "Volume" -> d.article.volume(c.text());
                case "Issue" -> d.article.issue(c.text());
                case "PubDate" -> d.article.issued(DateElements.pubDate(c));
                default -> {
                }
            }
        }
    }

    static void medlineJournalInfo(XmlCursor c, RecordDraft d) throws XMLStreamException {
        JournalParts journal = d.journal();
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "Country" -> journal.country = c.text();
                case "MedlineTA" -> journal.medlineTa = c.text();
                case "NlmUniqueID" -> journal.nlmUniqueId = c.text();
                case "ISSNLinking" -> journal.issnLinking = c.text();
                default -> {
                }
            }
        }
    }
}

package org.publd.source.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sorts the identifiers of one work ({@code ArticleId}, {@code ELocationID}) into its fields: DOI,
 * PMCID, PMID for a listed work, the rest into {@code otherIds}. The first DOI and PMCID win (the
 * {@code ELocationID} comes before {@code PubmedData}'s list, and they agree); repeats are dropped.
 */
final class IdCollector {
    private static final Logger LOG = LoggerFactory.getLogger(IdCollector.class);

    private final boolean listedWork;
    private String pmid;
    private String doi;
    private String pmcid;
    private List<ArticleId> others;

    private IdCollector(boolean listedWork) {
        this.listedWork = listedWork;
    }

    /** For a record: its own {@code pubmed} id only echoes its PMID and is ignored. */
    static IdCollector forRecord() {
        return new IdCollector(false);
    }

    /** For a work a record lists: its {@code pubmed} id is its PMID. */
    static IdCollector forListedWork() {
        return new IdCollector(true);
    }

    /** Adds an identifier; {@code type} is PubMed's {@code IdType}, {@code null} meaning the DTD's default, pubmed. */
    void add(String type, String value) {
        if (value == null) {
            return;
        }
        switch (type == null ? "pubmed" : type) {
            case "doi" -> doi = doi == null ? value : doi;
            case "pmc", "pmcid" -> pmcid = pmcid == null ? pmcid(value) : pmcid;
            case "pubmed" -> pmid(value);
            default -> other(type, value);
        }
    }

    /** Whether any identifier was added. */
    boolean isEmpty() {
        return pmid == null && doi == null && pmcid == null && others == null;
    }

    /** Gives the record its identifiers. */
    void applyTo(Article.Builder record) {
        record.doi(doi).pmcid(pmcid);
        if (others != null) {
            others.forEach(record::addOtherId);
        }
    }

    /** The listed work these identifiers and {@code citationText} describe. */
    Article listedWork(String citationText) {
        return Article.listedWork(pmid, doi, pmcid, others == null ? List.of() : others, citationText);
    }

    private static String pmcid(String value) {
        return Pmids.allDigits(value) ? "PMC" + value : value;
    }

    private void pmid(String value) {
        if (!listedWork || pmid != null) {
            return;
        }
        if (Pmids.isPmid(value)) {
            pmid = value;
        } else {
            LOG.debug("ignoring the PMID '{}' of a listed work: not a number", value);
        }
    }

    private void other(String type, String value) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (!lower.equals(type)) {
            add(lower, value);
            return;
        }
        ArticleId id = new ArticleId(type, value);
        if (others == null) {
            others = new ArrayList<>(4);
        } else if (others.contains(id)) {
            return;
        }
        others.add(id);
    }
}

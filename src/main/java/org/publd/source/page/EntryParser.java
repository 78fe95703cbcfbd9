package org.publd.source.page;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.Article;
import org.publd.record.Term;
import org.publd.record.WorkFlag;
import org.publd.record.WorkKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one entry of a list of works (a PubMed document summary) into a listed work: title,
 * citation, PMID and the notes after it. An entry in another shape (a reference list's
 * "Authors. Title. Journal. Year;..." line) keeps its text as the citation, with any PMID and DOI.
 */
final class EntryParser {
    private static final Logger LOG = LoggerFactory.getLogger(EntryParser.class);
    private static final Pattern PMID = Pattern.compile("\\bPMID:\\s*(\\d+)");
    private static final Pattern DOI = Pattern.compile("\\bdoi:\\s*(\\S+?)\\.?(?=\\s|$)");
    // Link labels the page prints after a reference.
    private static final Pattern LINKS = Pattern.compile("(?:\\s+-\\s+(?:PubMed|PMC|DOI|Free PMC article|Google Scholar))+$");

    private EntryParser() {
    }

    static Article parse(String entry, String source, int line) {
        String text = entry.strip().replaceAll("\\s+", " ");
        Article.Builder work = Article.builder().kind(WorkKind.LISTED_WORK);
        String body = text;
        Matcher pmid = PMID.matcher(text);
        int pmidStart = -1;
        int pmidEnd = -1;
        while (pmid.find()) {
            pmidStart = pmid.start();
            pmidEnd = pmid.end();
            work.pmid(pmid.group(1));
        }
        if (pmidStart >= 0) {
            body = text.substring(0, pmidStart);
            notes(work, text.substring(pmidEnd), source, line);
        }
        body = LINKS.matcher(body.strip()).replaceFirst("");
        EntrySplitter.Split split = EntrySplitter.split(body);
        JournalCitation citation = split == null ? null : JournalCitation.parse(split.citation());
        if (citation == null) {
            LOG.debug("{}: line {}: entry is not a PubMed summary; kept as citation text", source, line);
            Matcher doi = DOI.matcher(body);
            return work.citationText(body.strip()).doi(doi.find() ? doi.group(1) : null).build();
        }
        work.title(split.title()).citationText(split.citation());
        citation.describe(work);
        return work.build();
    }

    /** The notes after the PMID: {@code Free PMC article. Review.} */
    private static void notes(Article.Builder work, String notes, String source, int line) {
        for (String note : notes.split("\\.")) {
            String n = note.strip();
            switch (n.toLowerCase(Locale.ROOT)) {
                case "" -> { }
                case "free pmc article" -> work.addFlag(WorkFlag.FREE_PMC_ARTICLE);
                case "no abstract available" -> work.addFlag(WorkFlag.NO_ABSTRACT);
                case "review" -> work.addPublicationType(Term.named("Review"));
                default -> LOG.debug("{}: line {}: note '{}' after the PMID not mapped", source, line, n);
            }
        }
    }
}

package org.publd.source.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.Grant;
import org.publd.record.Relation;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.source.SourceParseException;
import org.publd.source.notation.GrantNotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the record a saved page describes: head, abstract, lists of works and term sections. */
final class PageAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(PageAssembler.class);
    private static final Pattern ID_LINE = Pattern.compile("- (PMID|PMCID|DOI|Bookshelf ID):\\s*(\\S+)");

    private final String source;

    PageAssembler(String source) {
        this.source = source;
    }

    /** The record; throws when the page gives no PMID. */
    Article assemble(Page page) {
        Article.Builder b = Article.builder();
        head(b, page.head());
        if (b.pmid() == null) {
            throw new SourceParseException(source, 1, null, 1,
                    "no '- PMID: <number>' line; a saved PubMed page lists the PMID under the title");
        }
        for (Page.Section s : page.sections()) {
            section(b, s);
        }
        return b.build();
    }

    private void head(Article.Builder b, List<Line> head) {
        List<Line> text = new ArrayList<>();
        for (Line l : head) {
            Matcher id = ID_LINE.matcher(l.text());
            if (!id.matches()) {
                text.add(l);
                continue;
            }
            switch (id.group(1)) {
                case "PMID" -> {
                    if (!id.group(2).chars().allMatch(Character::isDigit)) {
                        throw new SourceParseException(source, 1, null, l.number(),
                                "PMID '" + id.group(2) + "' is not a number");
                    }
                    b.pmid(b.pmid() == null ? id.group(2) : b.pmid());
                }
                case "PMCID" -> b.pmcid(id.group(2));
                case "DOI" -> b.doi(id.group(2));
                default -> LOG.debug("{}: line {}: {} not mapped", source, l.number(), id.group(1));
            }
        }
        // Only a saved citation line says what sort of work this is, and in which journal.
        b.kind(WorkKind.UNSPECIFIED);
        Line citationLine = null;
        for (Line l : text) {
            JournalCitation c = JournalCitation.parse(l.text());
            if (c != null && c.isComplete()) {
                c.describe(b);
                b.kind(WorkKind.JOURNAL_ARTICLE);
                citationLine = l;
                break;
            }
        }
        Line cited = citationLine;
        List<Line> rest = text.stream().filter(l -> l != cited).toList();
        b.title(title(rest));
    }

    /** The title: the line the page repeats (above and below the identifiers), else the first line. */
    private static String title(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).text().equals(lines.get(j).text())) {
                    return lines.get(i).text();
                }
            }
        }
        return lines.isEmpty() ? null : lines.get(0).text();
    }

    private void section(Article.Builder b, Page.Section s) {
        List<Line> entries = ListEntries.of(s.lines());
        switch (s.heading().content()) {
            case ABSTRACT -> {
                AbstractReader reader = new AbstractReader(s.lines());
                AbstractText abs = reader.abstractText();
                if (abs != null) {
                    b.addAbstract(abs);
                }
                reader.keywords().forEach(b::addKeyword);
            }
            case WORKS -> entries.forEach(e ->
                    b.addRelation(new Relation(s.heading().relation(), EntryParser.parse(e.text(), source, e.number()))));
            case PUBLICATION_TYPES -> entries.forEach(e -> b.addPublicationType(Term.named(e.text())));
            case SUBSTANCES -> entries.forEach(e -> b.addSubstance(Term.named(e.text())));
            case KEYWORDS -> entries.forEach(e -> b.addKeyword(e.text()));
            case MESH_TERMS -> MeshTerms.parse(entries).forEach(b::addMeshHeading);
            case GRANTS -> entries.forEach(e -> {
                Grant g = GrantNotation.parse(e.text());
                if (g != null) {
                    b.addGrant(g);
                }
            });
            case NOTHING -> LOG.debug("{}: line {}: section '{}' not mapped", source, s.headingLine().number(),
                    s.headingLine().text());
        }
    }
}

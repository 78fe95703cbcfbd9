package org.publd.mapping;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Book;
import org.publd.record.Journal;
import org.publd.record.Term;
import org.publd.record.WorkFlag;
import org.publd.record.WorkKind;

/** The bibliographic description of one work: kind, types, identifiers, titles, abstracts, venue, pages, dates. */
final class WorkDescriber {
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node SEE_ALSO = RDFS.seeAlso.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{3}");
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final IriScheme iris;

    WorkDescriber(IriScheme iris) {
        this.iris = iris;
    }

    /** Describes {@code work} as {@code a} says it is; {@code recordPmid} is the record the statements belong to. */
    void describe(Emitter e, Node work, Article a, String recordPmid) {
        e.type(work, switch (a.kind()) {
            case JOURNAL_ARTICLE -> FABIO.JournalArticle;
            case BOOK -> FABIO.Book;
            case BOOK_CHAPTER -> FABIO.BookChapter;
            case LISTED_WORK, UNSPECIFIED -> FABIO.Expression;
        });
        e.checked(() -> publicationTypes(e, work, a.publicationTypes()));
        identifiers(e, work, a);
        e.text(work, TITLE, a.title(), "en");
        if (a.vernacularTitle() != null) {
            e.text(work, DCTerms.alternative.asNode(), a.vernacularTitle(), vernacularLanguage(a.languages()));
        }
        e.checked(() -> abstractsAndLanguages(e, work, a));
        journal(e, work, a.journal());
        book(e, work, a, recordPmid);
        e.text(work, PRISM.volume, a.volume());
        e.text(work, PRISM.issueIdentifier, a.issue());
        pages(e, work, a.pages());
        if (a.issued() != null) {
            e.add(work, DCTerms.issued.asNode(), Dates.literal(a.issued()));
            e.text(work, PUBLD.dateText, a.issued().text());
        }
        e.add(work, DCTerms.available.asNode(), Dates.literal(a.available()));
        e.text(work, DCTerms.bibliographicCitation.asNode(), a.citationText());
        if (a.flags().contains(WorkFlag.FREE_PMC_ARTICLE)) {
            e.add(work, PUBLD.freePmcArticle, TRUE);
        }
        if (a.flags().contains(WorkFlag.NO_ABSTRACT)) {
            e.add(work, PUBLD.noAbstractAvailable, TRUE);
        }
    }

    private static void abstractsAndLanguages(Emitter e, Node work, Article a) {
        for (AbstractText abs : a.abstracts()) {
            String lang = abs.language() == null ? "en" : LanguageTags.forIso6392(abs.language());
            e.text(work, DCTerms.abstract_.asNode(), abstractText(abs), lang);
        }
        for (String code : a.languages()) {
            if (LANGUAGE_CODE.matcher(code.strip()).matches()) {
                e.add(work, DCTerms.language.asNode(), IriScheme.language(code.strip()));
            }
        }
    }

    static void publicationTypes(Emitter e, Node work, List<Term> types) {
        for (Term t : types) {
            if (t.ui() != null) {
                Node pt = IriScheme.mesh(t.ui());
                e.add(work, DCTerms.type.asNode(), pt);
                e.text(pt, LABEL, t.name());
            } else {
                e.text(work, PUBLD.publicationTypeName, t.name());
            }
            Node fabioClass = fabioClass(t.name());
            if (fabioClass != null) {
                e.type(work, fabioClass);
            }
        }
    }

    /** The FaBiO class a MeSH publication type corresponds to, or {@code null}. */
    static Node fabioClass(String publicationType) {
        String name = publicationType.strip().toLowerCase(Locale.ROOT);
        if (name.equals("clinical trial") || name.startsWith("clinical trial, phase")) {
            return FABIO.ClinicalTrialReport;
        }
        return switch (name) {
            case "review" -> FABIO.ReviewArticle;
            case "comment" -> FABIO.Comment;
            case "editorial" -> FABIO.Editorial;
            case "letter" -> FABIO.Letter;
            case "published erratum" -> FABIO.Erratum;
            case "retraction of publication" -> FABIO.RetractionNotice;
            case "case reports" -> FABIO.CaseReport;
            default -> null;
        };
    }

    private void identifiers(Emitter e, Node work, Article a) {
        if (a.pmid() != null) {
            e.text(work, FABIO.hasPubMedId, a.pmid());
            e.text(work, IDENTIFIER, "pmid:" + a.pmid());
            e.add(work, SAME_AS, IriScheme.identifiersOrgPubmed(a.pmid()));
            e.add(work, SEE_ALSO, IriScheme.pubmedPage(a.pmid()));
        }
        if (a.pmcid() != null) {
            e.text(work, FABIO.hasPubMedCentralId, a.pmcid());
            e.text(work, IDENTIFIER, "pmcid:" + a.pmcid());
            e.add(work, SEE_ALSO, IriScheme.pmcPage(a.pmcid()));
        }
        if (a.doi() != null) {
            String doi = a.doi().strip().toLowerCase(Locale.ROOT);
            e.text(work, PRISM.doi, doi);
            e.text(work, IDENTIFIER, "doi:" + doi);
            e.add(work, SAME_AS, IriScheme.doi(doi));
        }
        e.checked(() -> {
            for (ArticleId id : a.otherIds()) {
                if (id.type().equals("pii")) {
                    e.text(work, FABIO.hasPII, id.value());
                }
                e.text(work, IDENTIFIER, id.type() + ":" + id.value());
            }
        });
    }

    private void journal(Emitter e, Node work, Journal j) {
        if (j == null) {
            return;
        }
        e.text(work, PRISM.publicationName, j.displayName());
        Node node = iris.journal(j);
        if (node == null) {
            return;
        }
        e.add(work, DCTerms.isPartOf.asNode(), node);
        // A listed work in the record's own journal describes the same journal node again.
        e.checked(() -> {
            e.type(node, FABIO.Journal);
            e.text(node, TITLE, j.title() != null ? j.title() : j.abbreviation());
            e.text(node, FABIO.hasNLMJournalTitleAbbreviation, j.abbreviation());
            e.text(node, FABIO.hasNationalLibraryOfMedicineJournalId, j.nlmUniqueId());
            e.text(node, PRISM.issn, j.issnPrint());
            e.text(node, PRISM.eIssn, j.issnElectronic());
            e.text(node, FABIO.hasIssnL, j.issnLinking());
            e.text(node, PUBLD.country, j.country());
        });
    }

    private void book(Emitter e, Node work, Article a, String recordPmid) {
        Book book = a.book();
        if (book == null) {
            return;
        }
        Node target = work;
        if (a.kind() == WorkKind.BOOK_CHAPTER) {
            target = iris.book(recordPmid);
            e.add(work, DCTerms.isPartOf.asNode(), target);
            e.type(target, FABIO.Book);
            e.text(target, TITLE, book.title(), "en");
            e.text(work, PRISM.publicationName, book.title());
        }
        for (String isbn : book.isbns()) {
            e.text(target, PRISM.isbn, isbn);
        }
        if (Emitter.present(book.publisherName())) {
            Node publisher = iris.publisher(book.publisherName());
            e.add(target, DCTerms.publisher.asNode(), publisher);
                e.type(publisher, FOAF.Organization.asNode());
            e.text(publisher, FOAF.name.asNode(), book.publisherName());
        }
    }

    private static void pages(Emitter e, Node work, String pages) {
        if (!Emitter.present(pages)) {
            return;
        }
        e.text(work, PRISM.pageRange, pages);
        String first = pages.split("[,;]", 2)[0].strip();
        int dash = first.indexOf('-');
        String start = dash < 0 ? first : first.substring(0, dash).strip();
        e.text(work, PRISM.startingPage, start);
        if (dash >= 0) {
            e.text(work, PRISM.endingPage, expandEndPage(start, first.substring(dash + 1).strip()));
        }
    }

    /** {@code 959-64} ends on 964: an end page shorter than the start page borrows the start's leading digits. */
    static String expandEndPage(String start, String end) {
        if (end.isEmpty() || !end.chars().allMatch(Character::isDigit) || end.length() >= start.length()) {
            return end;
        }
        String head = start.substring(0, start.length() - end.length());
        String startTail = start.substring(start.length() - end.length());
        if (!startTail.chars().allMatch(Character::isDigit)) {
            return end;
        }
        return head + end;
    }

    private static String abstractText(AbstractText abs) {
        StringBuilder sb = new StringBuilder();
        for (AbstractText.Section s : abs.sections()) {
            if (!Emitter.present(s.text()) && !Emitter.present(s.label())) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            if (Emitter.present(s.label())) {
                sb.append(s.label().strip()).append(": ");
            }
            sb.append(s.text() == null ? "" : s.text().strip());
        }
        return sb.toString();
    }

    /** The language of a vernacular title: the work's one language other than English, if there is exactly one. */
    private static String vernacularLanguage(List<String> languages) {
        List<String> others = languages.stream().filter(l -> !l.equalsIgnoreCase("eng")).toList();
        return others.size() == 1 ? LanguageTags.forIso6392(others.get(0)) : null;
    }
}

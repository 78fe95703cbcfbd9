package org.publd.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one record says about one work. Build with {@link #builder()}.
 *
 * @param pmid             PubMed identifier; {@code null} only for a listed work that has none
 * @param kind             the sort of work
 * @param doi              DOI as written (the mapping lower-cases it), or {@code null}
 * @param pmcid            PubMed Central identifier ({@code PMC3116441}), or {@code null}
 * @param otherIds         further identifiers (pii, bookaccession...)
 * @param title            title with inline markup reduced to text, or {@code null}
 * @param vernacularTitle  title in the original language, or {@code null}
 * @param abstracts        the abstract and other-language abstracts
 * @param languages        ISO 639-2 codes of the work's languages ({@code eng})
 * @param authors          authors in record order
 * @param book             the book, for book records, else {@code null}
 * @param journal          the journal, or {@code null}
 * @param volume           volume as written, or {@code null}
 * @param issue            issue as written, or {@code null}
 * @param pages            page range as written ({@code 959-64}), or {@code null}
 * @param issued           publication date, or {@code null}
 * @param available        electronic publication date at the record's precision (MEDLINE's {@code DEP} may
 *                         give only a year and month), or {@code null}
 * @param revised          when NLM last revised the record ({@code DateRevised}), or {@code null}
 * @param publicationTypes publication types
 * @param meshHeadings     MeSH headings
 * @param substances       chemicals and supplementary concepts
 * @param keywords         author or other keywords
 * @param grants           grants
 * @param relations        the record's lists: references, comments, corrections, similar articles...
 * @param citationText     for a listed work, the citation as the list gives it, else {@code null}
 * @param flags            notes printed beside a listed work
 * @param pmidVersion      the version of the record under its PMID (PubMed XML's {@code <PMID Version="2">},
 *                         for the few journals that version their articles), or {@code null} when the
 *                         record does not say
 */
public record Article(
        String pmid,
        WorkKind kind,
        String doi,
        String pmcid,
        List<ArticleId> otherIds,
        String title,
        String vernacularTitle,
        List<AbstractText> abstracts,
        List<String> languages,
        List<Contributor> authors,
        Book book,
        Journal journal,
        String volume,
        String issue,
        String pages,
        PubDate issued,
        PubDate available,
        LocalDate revised,
        List<Term> publicationTypes,
        List<MeshHeading> meshHeadings,
        List<Term> substances,
        List<String> keywords,
        List<Grant> grants,
        List<Relation> relations,
        String citationText,
        Set<WorkFlag> flags,
        Integer pmidVersion) implements Item {

    public Article {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        otherIds = List.copyOf(otherIds);
        abstracts = List.copyOf(abstracts);
        languages = List.copyOf(languages);
        authors = List.copyOf(authors);
        publicationTypes = List.copyOf(publicationTypes);
        meshHeadings = List.copyOf(meshHeadings);
        substances = List.copyOf(substances);
        keywords = List.copyOf(keywords);
        grants = List.copyOf(grants);
        relations = List.copyOf(relations);
        flags = Set.copyOf(flags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A work known only from another record's list, with what the list says of it. Cheaper than a
     * builder for what a record holds dozens of (references).
     */
    public static Article listedWork(String pmid, String doi, String pmcid, List<ArticleId> otherIds,
                                     String citationText) {
        return new Article(pmid, WorkKind.LISTED_WORK, doi, pmcid, otherIds, null, null, List.of(), List.of(),
                List.of(), null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), citationText, Set.of(), null);
    }

    /** Collects an article's parts while a parser reads them; {@link #build()} makes the immutable value. */
    public static final class Builder {
        private String pmid;
        private WorkKind kind = WorkKind.JOURNAL_ARTICLE;
        private String doi;
        private String pmcid;
        private final List<ArticleId> otherIds = new ArrayList<>();
        private String title;
        private String vernacularTitle;
        private final List<AbstractText> abstracts = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private final List<Contributor> authors = new ArrayList<>();
        private Book book;
        private Journal journal;
        private String volume;
        private String issue;
        private String pages;
        private PubDate issued;
        private PubDate available;
        private LocalDate revised;
        private final List<Term> publicationTypes = new ArrayList<>();
        private final List<MeshHeading> meshHeadings = new ArrayList<>();
        private final List<Term> substances = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<Grant> grants = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private String citationText;
        private final Set<WorkFlag> flags = EnumSet.noneOf(WorkFlag.class);
        private Integer pmidVersion;

        private Builder() {
        }

        public Builder pmid(String v) { pmid = v; return this; }
        public Builder kind(WorkKind v) { kind = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder pmcid(String v) { pmcid = v; return this; }
        public Builder addOtherId(ArticleId v) { otherIds.add(v); return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder vernacularTitle(String v) { vernacularTitle = v; return this; }
        public Builder addAbstract(AbstractText v) { abstracts.add(v); return this; }
        public Builder addLanguage(String v) { languages.add(v); return this; }
        public Builder addAuthor(Contributor v) { authors.add(v); return this; }
        public Builder book(Book v) { book = v; return this; }
        public Builder journal(Journal v) { journal = v; return this; }
        public Builder volume(String v) { volume = v; return this; }
        public Builder issue(String v) { issue = v; return this; }
        public Builder pages(String v) { pages = v; return this; }
        public Builder issued(PubDate v) { issued = v; return this; }
        public Builder available(PubDate v) { available = v; return this; }

        /** A whole-day electronic publication date (PubMed XML's {@code ArticleDate}, a page's {@code Epub}). */
        public Builder available(LocalDate v) {
            available = v == null ? null : PubDate.of(v.getYear(), v.getMonthValue(), v.getDayOfMonth());
            return this;
        }
        public Builder revised(LocalDate v) { revised = v; return this; }
        public Builder addPublicationType(Term v) { publicationTypes.add(v); return this; }
        public Builder addMeshHeading(MeshHeading v) { meshHeadings.add(v); return this; }
        public Builder addSubstance(Term v) { substances.add(v); return this; }
        public Builder addKeyword(String v) { keywords.add(v); return this; }
        public Builder addGrant(Grant v) { grants.add(v); return this; }
        public Builder addRelation(Relation v) { relations.add(v); return this; }
        public Builder citationText(String v) { citationText = v; return this; }
        public Builder addFlag(WorkFlag v) { flags.add(v); return this; }
        public Builder pmidVersion(Integer v) { pmidVersion = v; return this; }

        /** The PMID collected so far, for error messages while parsing. */
        public String pmid() { return pmid; }

        public Article build() {
            return new Article(pmid, kind, doi, pmcid, otherIds, title, vernacularTitle, abstracts, languages,
                    authors, book, journal, volume, issue, pages, issued, available, revised, publicationTypes,
                    meshHeadings, substances, keywords, grants, relations, citationText, flags, pmidVersion);
        }
    }
}

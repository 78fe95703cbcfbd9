package org.publd.source.medline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.MeshHeading;
import org.publd.record.MeshNotation;
import org.publd.record.PubDate;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.source.SourceParseException;
import org.publd.source.notation.DateNotation;
import org.publd.source.notation.GrantNotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns one {@link TaggedRecord} into an {@link Article}, tag by tag. */
final class RecordAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(RecordAssembler.class);
    private static final Pattern TYPED_ID = Pattern.compile("(.+?)\\s*\\[([^\\]]+)\\]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern COMPACT_PARTIAL_DATE = Pattern.compile("(\\d{4})(\\d{2})?(\\d{2})?");
    /** Tags PubLD knows and leaves out on purpose: NLM housekeeping, or facts the record model has no place for. */
    private static final Set<String> UNMAPPED = Set.of(
            "OWN", "STAT", "DA", "DCOM", "PUBM", "SB", "EDAT", "MHDA", "CRDT", "PST", "PHST", "SO", "CI", "OCI",
            "OTO", "COIS", "GN", "GS", "SI", "OID", "PMCR", "EN", "CTI", "VTI", "OAB", "OABL", "IRAD", "PS", "FPS",
            "SFM", "RF", "PRIN", "PROF");

    private final String source;

    RecordAssembler(String source) {
        this.source = source;
    }

    /** The article; throws when the record has no usable PMID. */
    Article assemble(TaggedRecord record) {
        Article.Builder b = Article.builder().pmid(pmid(record));
        ContributorList authors = new ContributorList();
        ContributorList editors = new ContributorList();
        // Investigators are not authors; naming them only stops their AD and AUID lines reaching an author.
        ContributorList investigators = new ContributorList();
        ContributorList named = authors;
        Venue venue = new Venue();
        Set<ArticleId> otherIds = new LinkedHashSet<>();
        String title = null;
        String doi = null;
        for (Field f : record.fields()) {
            String v = f.value();
            if (v.isEmpty()) {
                continue;
            }
            switch (f.tag()) {
                case "PMID" -> { }
                case "TI" -> title = v;
                case "TT" -> b.vernacularTitle(v);
                case "AB" -> b.addAbstract(StructuredAbstract.parse(v));
                case "FAU", "AU", "CN" -> {
                    named = authors;
                    name(named, f);
                }
                case "FED", "ED" -> {
                    named = editors;
                    name(named, f);
                }
                case "FIR", "IR" -> {
                    named = investigators;
                    name(named, f);
                }
                case "AD" -> named.affiliation(v);
                case "AUID" -> {
                    if (!named.identifier(v)) {
                        LOG.debug("{}: line {}: author identifier '{}' is not an ORCID iD; ignored", source, f.line(), v);
                    }
                }
                case "LA" -> b.addLanguage(v);
                case "PT" -> b.addPublicationType(Term.named(v));
                case "DP" -> b.issued(DateNotation.parse(v));
                case "DEP" -> b.available(partialDate(f));
                case "LR" -> b.revised(compactDate(f));
                case "VI" -> b.volume(v);
                case "IP" -> b.issue(v);
                case "PG" -> b.pages(v);
                case "PMC" -> b.pmcid(v);
                case "MID" -> otherIds.add(new ArticleId("mid", v));
                case "LID", "AID" -> {
                    ArticleId id = typedId(f);
                    if (id != null && id.type().equals("doi")) {
                        doi = doi == null ? id.value() : doi;
                    } else if (id != null) {
                        otherIds.add(id);
                    }
                }
                case "MH" -> mesh(b, f);
                case "RN" -> substance(b, f);
                case "NM" -> b.addSubstance(Term.named(v));
                case "OT" -> b.addKeyword(v);
                case "GR" -> b.addGrant(GrantNotation.parse(v));
                default -> other(b, venue, f);
            }
        }
        b.title(title).doi(doi).journal(venue.journal());
        authors.build().forEach(b::addAuthor);
        otherIds.forEach(b::addOtherId);
        if (venue.isBook()) {
            b.book(venue.book(editors.build())).kind(title == null ? WorkKind.BOOK : WorkKind.BOOK_CHAPTER);
        }
        return b.build();
    }

    private void other(Article.Builder b, Venue venue, Field f) {
        RelationType relation = RelationTags.type(f.tag());
        if (relation != null) {
            b.addRelation(RelationTags.parse(relation, f.value()));
        } else if (Venue.isVenueTag(f.tag())) {
            if (!venue.add(f)) {
                LOG.debug("{}: line {}: {} '{}' not understood; ignored", source, f.line(), f.tag(), f.value());
            }
        } else if (!UNMAPPED.contains(f.tag())) {
            LOG.debug("{}: line {}: unknown tag {}; ignored", source, f.line(), f.tag());
        }
    }

    /** A name line: full ({@code FAU}, {@code FED}, {@code FIR}), short ({@code AU}, {@code ED}, {@code IR}) or a group's ({@code CN}). */
    private static void name(ContributorList list, Field f) {
        switch (f.tag()) {
            case "FAU", "FED", "FIR" -> list.fullName(f.value());
            case "CN" -> list.collective(f.value());
            default -> list.shortName(f.value());
        }
    }

    private String pmid(TaggedRecord record) {
        Field pmid = record.fields().stream().filter(f -> f.tag().equals("PMID")).findFirst().orElse(null);
        if (pmid == null) {
            throw new SourceParseException(source, record.number(), null, record.firstLine(),
                    "record has no PMID line; each MEDLINE record starts with 'PMID- <number>'");
        }
        if (!DIGITS.matcher(pmid.value()).matches()) {
            throw new SourceParseException(source, record.number(), null, pmid.line(),
                    "PMID '" + pmid.value() + "' is not a number");
        }
        return pmid.value();
    }

    /** {@code LID}, {@code AID}: {@code 10.1126/science.1190287 [doi]}, {@code S0000 [pii]}. */
    private ArticleId typedId(Field f) {
        Matcher m = TYPED_ID.matcher(f.value());
        if (!m.matches()) {
            LOG.debug("{}: line {}: {} '{}' has no [type]; ignored", source, f.line(), f.tag(), f.value());
            return null;
        }
        return new ArticleId(m.group(2).strip().toLowerCase(Locale.ROOT), m.group(1).strip());
    }

    private void mesh(Article.Builder b, Field f) {
        MeshHeading h = MeshNotation.parse(f.value());
        if (h == null) {
            LOG.debug("{}: line {}: MH '{}' names no descriptor; ignored", source, f.line(), f.value());
        } else {
            b.addMeshHeading(h);
        }
    }

    private void substance(Article.Builder b, Field f) {
        String name = SubstanceNotation.name(f.value());
        if (name == null) {
            LOG.debug("{}: line {}: RN '{}' gives no name in parentheses; ignored", source, f.line(), f.value());
        } else {
            b.addSubstance(Term.named(name));
        }
    }

    /** {@code LR}: {@code yyyymmdd}. */
    private LocalDate compactDate(Field f) {
        try {
            return LocalDate.parse(f.value(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            warnBadDate(f, "yyyymmdd");
            return null;
        }
    }

    /** {@code DEP}: {@code yyyymmdd}, or {@code yyyymm} and {@code yyyy} when that is all PubMed knows (PMC's exports). */
    private PubDate partialDate(Field f) {
        Matcher m = COMPACT_PARTIAL_DATE.matcher(f.value());
        try {
            if (m.matches()) {
                return new PubDate(Integer.valueOf(m.group(1)), number(m.group(2)), number(m.group(3)), null);
            }
        } catch (IllegalArgumentException e) {
            // a month or day out of range: warned below like any other malformed date
        }
        warnBadDate(f, "yyyymmdd, yyyymm or yyyy");
        return null;
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private void warnBadDate(Field f, String form) {
        LOG.warn("{}: line {}: {} '{}' is not a {} date; ignored", source, f.line(), f.tag(), f.value(), form);
    }
}

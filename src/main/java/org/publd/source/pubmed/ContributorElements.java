package org.publd.source.pubmed;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.publd.record.Contributor;
import org.publd.record.Orcid;
import org.publd.source.xml.XmlCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code AuthorList} and its {@code Author}s: a person ({@code LastName}, {@code ForeName},
 * {@code Initials}, {@code Suffix}) or a {@code CollectiveName}, with {@code Identifier}s and
 * {@code AffiliationInfo}. Authors NLM marked invalid ({@code ValidYN="N"}) are left out.
 */
final class ContributorElements {
    private static final Logger LOG = LoggerFactory.getLogger(ContributorElements.class);

    private ContributorElements() {
    }

    /** Whether the {@code AuthorList} at the cursor lists editors; a list without a type lists authors. */
    static boolean isEditorList(XmlCursor c) {
        return "editors".equals(c.attribute("Type"));
    }

    /** The contributors of the {@code AuthorList} at the cursor, in order. */
    static List<Contributor> authorList(XmlCursor c) throws XMLStreamException {
        List<Contributor> contributors = new ArrayList<>();
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("Author") && !"N".equals(c.attribute("ValidYN"))) {
                Contributor author = author(c);
                if (author != null) {
                    contributors.add(author);
                }
            }
        }
        return contributors;
    }

    private static Contributor author(XmlCursor c) throws XMLStreamException {
        String lastName = null;
        String foreName = null;
        String initials = null;
        String suffix = null;
        String collectiveName = null;
        String orcid = null;
        List<String> affiliations = new ArrayList<>(2);
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "LastName" -> lastName = c.text();
                case "ForeName" -> foreName = c.text();
                case "Initials" -> initials = c.text();
                case "Suffix" -> suffix = c.text();
                case "CollectiveName" -> collectiveName = c.text();
                case "Identifier" -> orcid = orcid == null ? orcid(c) : orcid;
                case "AffiliationInfo" -> affiliation(c, affiliations);
                default -> {
                }
            }
        }
        if (collectiveName != null) {
            return Contributor.collective(collectiveName, affiliations);
        }
        if (lastName == null && foreName == null) {
            return null;
        }
        return Contributor.person(lastName, foreName, initials, suffix, orcid, affiliations);
    }

    private static String orcid(XmlCursor c) throws XMLStreamException {
        if (!"ORCID".equalsIgnoreCase(c.attribute("Source"))) {
            return null;
        }
        String text = c.text();
        String orcid = Orcid.normalize(text);
        if (orcid == null && text != null) {
            LOG.debug("ignoring an invalid ORCID iD '{}'", text);
        }
        return orcid;
    }

    private static void affiliation(XmlCursor c, List<String> affiliations) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("Affiliation")) {
                String affiliation = c.text();
                if (affiliation != null) {
                    affiliations.add(affiliation);
                }
            }
        }
    }
}

package org.publd.server.api;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identifier of a work as the API takes it, {@code pmid:…}, {@code doi:…} or {@code pmcid:…} (the
 * scheme in any case), and as the data states it in {@code dcterms:identifier}: DOIs lower-cased,
 * PMCIDs with their {@code PMC} prefix.
 *
 * @param scheme {@code pmid}, {@code doi} or {@code pmcid}
 * @param value  the identifier in the data's spelling
 */
record WorkId(String scheme, String value) {
    /** What a bad identifier's message names. */
    static final String ACCEPTED = "pmid:20724638, doi:10.1126/science.1190287 or pmcid:PMC3116441 (the scheme in any case)";
    private static final Pattern FORM = Pattern.compile("(?i)(pmid|doi|pmcid):(.+)");
    private static final Pattern PMID = Pattern.compile("[1-9][0-9]{0,9}");
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    private static final Pattern PMCID = Pattern.compile("(?i)(?:PMC)?([0-9]{1,10})");
    /** PubLD's own id of a citation: the citing and the cited work's PMIDs. */
    private static final Pattern CITATION = Pattern.compile("(?i)(?:pmid:)?([1-9][0-9]{0,9})-(?:pmid:)?([1-9][0-9]{0,9})");

    /** Reads {@code text}, or throws {@link BadRequest} naming the accepted forms. */
    static WorkId parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new BadRequest("Not an identifier: '" + text + "'. Accepted: " + ACCEPTED + ".");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2).strip();
        switch (scheme) {
            case "pmid" -> {
                if (PMID.matcher(value).matches()) {
                    return new WorkId(scheme, value);
                }
            }
            case "doi" -> {
                if (DOI.matcher(value).matches()) {
                    return new WorkId(scheme, value.toLowerCase(Locale.ROOT));
                }
            }
            default -> {
                Matcher pmc = PMCID.matcher(value);
                if (pmc.matches()) {
                    return new WorkId(scheme, "PMC" + pmc.group(1));
                }
            }
        }
        throw new BadRequest("Not a valid " + scheme + ": '" + value + "'. Accepted: " + ACCEPTED + ".");
    }

    /** Reads a citation's id ({@code 20724626-20724638}, each PMID may have its {@code pmid:}) as its two works. */
    static WorkId[] parseCitation(String text) {
        Matcher m = CITATION.matcher(text.strip());
        if (!m.matches()) {
            throw new BadRequest("Not a citation id: '" + text + "'. Accepted: the citing and the cited work's PMIDs, "
                    + "as in 20724626-20724638 or pmid:20724626-pmid:20724638.");
        }
        return new WorkId[] {new WorkId("pmid", m.group(1)), new WorkId("pmid", m.group(2))};
    }

    /** The {@code dcterms:identifier} literal's text: {@code scheme:value}. */
    String identifier() {
        return scheme + ":" + value;
    }
}

package org.publd.record;

/**
 * A grant that funded the work.
 *
 * @param grantId the grant number, or {@code null}
 * @param acronym the funder's acronym ({@code NH}), or {@code null}
 * @param agency  the funding agency's name, or {@code null}
 * @param country the funder's country, or {@code null}
 */
public record Grant(String grantId, String acronym, String agency, String country) {
}

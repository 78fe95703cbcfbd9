/**
 * Links the MeSH names of records that give no MeSH UIs (MEDLINE text, the saved abstract page) to
 * MeSH, with a vocabulary file the user supplies.
 *
 * <p>PubMed XML names every heading, qualifier, substance and publication type with its UI; MEDLINE
 * text and page text give only names:
 * <pre>
 * MH  - Colorectal Neoplasms/drug therapy/*therapy        (XML: D015179, Q000188, Q000628)
 * RN  - 04ZR38536J (Oxaliplatin)                          (XML: D000077150)
 * PT  - Systematic Review                                 (XML: D000078182)
 * </pre>
 * PubLD keeps such names as literals ({@code publd:meshHeadingText} in MEDLINE's notation,
 * {@code publd:substanceName}, {@code publd:publicationTypeName}). This package turns them into UIs:
 * <ul>
 * <li>{@link org.publd.link.mesh.MeshFiles} streams NLM's MeSH RDF ({@code mesh.nt[.gz]}) or MeSH XML
 *     ({@code desc/qual/supp20XX.xml[.gz]}) into a {@link org.publd.link.mesh.MeshNames} index: names and
 *     entry terms to UIs, and the kind of each record (descriptor, qualifier, supplementary concept,
 *     publication type).</li>
 * <li>{@link org.publd.link.mesh.MeshResolver} fills in a record's UIs: a name matches a record of the
 *     kind its role allows, case-insensitively with white space folded, by the record's own name first
 *     and only then by its entry terms. A name with no match or several is an
 *     {@link org.publd.link.mesh.UnresolvedName}: reported, never guessed.</li>
 * <li>At load time the resolver rewrites each record before mapping, so resolved terms map exactly as
 *     from PubMed XML. On a loaded database, {@link org.publd.link.mesh.MeshGraphLinker} reads the
 *     literals back, resolves them, and adds the same triples to each record's graph.</li>
 * </ul>
 */
package org.publd.link.mesh;

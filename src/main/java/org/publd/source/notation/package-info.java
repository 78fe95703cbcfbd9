/**
 * PubMed's plain-text notations, shared by the text input formats (MEDLINE, the saved abstract page).
 *
 * <p>Both formats print a publication date the way a PubMed citation does, year first, month as an
 * English abbreviation, day last, each part present only when known:
 * <pre>
 * date      := year [ " " month [ " " day ] ]      2010 Aug 20 · 2010 Oct · 2015
 *            | free text starting with a year       1998 Dec-1999 Jan · 2010 Spring
 * </pre>
 * and a grant as its parts joined by slashes, the funder last:
 * <pre>
 * grant     := [ grant-id "/" ] [ acronym "/" ] agency [ "/" country ]
 *              MH45481/MH/NIMH NIH HHS/United States
 * </pre>
 * and a MeSH heading as MEDLINE's {@code MH} line writes it, a star before each major topic:
 * <pre>
 * heading   := [ "*" ] descriptor { "/" [ "*" ] qualifier }
 *              *Antidepressive Agents/administration &amp; dosage · Ketamine/*pharmacology
 * </pre>
 * {@link org.publd.source.notation.DateNotation} and {@link org.publd.source.notation.GrantNotation}
 * read the first two into the record model; none guesses what the text does not say. The heading
 * notation is {@link org.publd.record.MeshNotation}, in the record model itself, because PubLD also
 * writes it (a heading named without MeSH UIs becomes {@code publd:meshHeadingText}) and the MeSH
 * linker reads it back.
 */
package org.publd.source.notation;

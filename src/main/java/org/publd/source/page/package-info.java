/**
 * The PubMed abstract page ({@code https://pubmed.ncbi.nlm.nih.gov/{PMID}/}) saved as plain text.
 *
 * <p>One file is one record. The text is what a browser keeps of the page: the title, the
 * identifiers as a list, then sections under headings that stand alone on a line:
 * <pre>
 * page     := head section*
 * head     := title? id-line+ title? citation?     "- PMID: 20724638", "- PMCID: PMC3116441", "- DOI: ..."
 * section  := heading line*                         "Abstract", "Comment in", "Similar articles", "MeSH terms"...
 * list     := ( "-" entry-line+ )*                  one entry per "-" line
 * </pre>
 * The abstract is paragraphs; a structured one shows its labels as {@code Background:} lines of
 * their own or at the start of a paragraph. Entries of the lists of works ("Comment in", "Similar
 * articles", "Cited by", "References"...) are PubMed's document summaries with the line breaks
 * lost, so the title runs into the journal:
 * <pre>
 * title journal ". " date [";" volume ["(" issue ")"]] [":" pages] ". " ["doi: " doi ". "] ["Epub " date ". "]
 *       journal ". " year ". " "PMID: " pmid [notes]
 * Neuroscience. A glutamate pathway to faster-acting antidepressants?Science. 2010 Aug 20;329(5994):913-4.
 *       doi: 10.1126/science.1194313. Science. 2010. PMID: 20724626 No abstract available.
 * </pre>
 * The short citation at the end repeats the journal abbreviation; {@link org.publd.source.page.EntrySplitter}
 * uses it to find where the journal starts. Notes are "Free PMC article", "No abstract available" and
 * "Review". Term sections list one MeSH term ({@code Ketamine / pharmacology*}, a star after a name
 * marking a major topic), publication type, substance or grant per entry. Headings with nothing
 * under them, and LinkOut with its sub-headings, give nothing.
 *
 * <p>The page names neither the record's journal nor its authors unless a citation line was saved
 * with it; nothing is guessed, so such a record has no journal, no authors and the kind
 * {@link org.publd.record.WorkKind#UNSPECIFIED}.
 *
 * <p>A browser ends the saved text with a line end; a page that stops in the middle of a line was cut
 * short, and its record is kept with a warning (or stops the input under {@code --strict}).
 */
package org.publd.source.page;

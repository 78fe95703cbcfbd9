/**
 * MEDLINE text, the format PubMed exports as "PubMed" / {@code .nbib} and efetch returns with
 * {@code rettype=medline}.
 *
 * <p>A file holds records separated by blank lines. Each line of a record starts with a tag of two to
 * four capital letters, left-justified in four columns, then {@code "- "} and the value; a value too
 * long for one line goes on in continuation lines indented by six spaces:
 * <pre>
 * file         := blank* ( record ( blank+ record )* )? blank*
 * record       := field+                       the first field is PMID
 * field        := tag-line continuation*
 * tag-line     := TAG pad "- " value            PMID- 20724638 · TI  - mTOR-dependent synapse ...
 * continuation := "      " text                 joined to the value with one space
 * </pre>
 * Tags repeat ({@code AU}, {@code MH}, {@code PT}...) and keep their order; an author is a
 * {@code FAU}/{@code AU} pair followed by its own {@code AUID} and {@code AD} lines. Values use
 * notations of their own: {@code MH  - Ketamine/*pharmacology} (a star marks a major topic),
 * {@code RN  - 690G0D6V8H (Ketamine)}, {@code AID - 10.1126/science.1190287 [doi]},
 * {@code IS  - 0036-8075 (Linking)}, {@code CIN - Science. 2010 Aug 20;329(5994):913-4. PMID: 20724626}.
 * The text gives names, never MeSH unique identifiers, so terms are kept by name only.
 *
 * <p>Reading is lenient where the layout varies (CRLF line ends, continuation lines indented by any
 * whitespace, even after a blank line; a {@code PMID} line with no blank line before it starts a new
 * record) and strict where content would be lost: a record with no PMID, or with a line that is
 * neither a tag line nor a continuation (a record cut short), is reported with its line and skipped.
 * Tags PubLD does not map are ignored, with a debug message for those it does not know.
 *
 * <p>Text is UTF-8. A file with a byte that is not UTF-8 before any multi-byte UTF-8 is taken for
 * Latin-1 (what reference managers save) and read so, with a warning; a bad byte after UTF-8 has
 * been seen refuses the record holding it. A file that ends in the middle of a line, unless that
 * line is a whole {@code SO} citation (PubMed's last field), makes its last record suspect: kept
 * with a warning, or the input stopped under {@code --strict}. A file cut exactly at a line end
 * cannot be told from a whole one.
 */
package org.publd.source.medline;

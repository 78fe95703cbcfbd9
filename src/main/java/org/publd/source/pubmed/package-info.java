/**
 * NCBI PubMed XML: what {@code efetch} returns and what NLM's annual baseline and daily update files
 * ({@code pubmed25n0001.xml.gz}) hold.
 *
 * <h2>The format</h2>
 *
 * <p>A document is one {@code PubmedArticleSet} (or {@code PubmedBookArticleSet}) holding records
 * and, in update files, a final list of records to delete. It names NLM's DTD on NCBI's servers in
 * its {@code DOCTYPE}; the DTD is never read (see below), so its attribute defaults are applied here
 * by hand ({@code ArticleId/@IdType} is {@code pubmed}, {@code ArticleDate/@DateType} is
 * {@code Electronic}, {@code ValidYN} is {@code Y}).
 *
 * <pre>
 * PubmedArticleSet  := (PubmedArticle | PubmedBookArticle)*, DeleteCitation?
 * PubmedArticle     := MedlineCitation, PubmedData?
 * MedlineCitation   := PMID, DateRevised?, Article, MedlineJournalInfo, ChemicalList?, SupplMeshList?,
 *                      CommentsCorrectionsList?, MeshHeadingList?, OtherAbstract*, KeywordList*, ...
 * Article           := Journal, ArticleTitle, Pagination?, ELocationID*, Abstract?, AuthorList?,
 *                      Language+, GrantList?, PublicationTypeList, VernacularTitle?, ArticleDate*
 * Journal           := ISSN?, JournalIssue (Volume?, Issue?, PubDate), Title?, ISOAbbreviation?
 * PubDate           := (Year, ((Month, Day?) | Season)?) | MedlineDate
 * PubmedData        := History?, PublicationStatus, ArticleIdList, ReferenceList*
 * PubmedBookArticle := BookDocument, PubmedBookData?
 * BookDocument      := PMID, ArticleIdList, Book, ArticleTitle?, Language*, AuthorList*, PublicationType*,
 *                      Abstract?, Sections?, KeywordList*, ContributionDate?, DateRevised?, GrantList?,
 *                      ReferenceList*
 * DeleteCitation    := PMID+
 * </pre>
 *
 * <p>Text elements ({@code ArticleTitle}, {@code AbstractText}, {@code Citation}...) may hold inline
 * markup: {@code <i>}, {@code <b>}, {@code <u>}, {@code <sup>}, {@code <sub>} and MathML
 * ({@code <mml:math>}). It is reduced to its text, whitespace collapsed.
 *
 * <h2>What comes out</h2>
 *
 * <p>{@link org.publd.source.pubmed.PubmedXmlReader} returns one
 * {@link org.publd.record.Article} per record, in order, and a
 * {@link org.publd.record.DeletedCitations} for the {@code DeleteCitation} list. A book record is a
 * {@code BOOK_CHAPTER} when it has an {@code ArticleTitle}, else a {@code BOOK}; a chapter's date is
 * its {@code ContributionDate}, a book's its {@code Book/PubDate}. Entries of
 * {@code CommentsCorrectionsList} and {@code ReferenceList} become relations to listed works: the
 * identifiers inside a reference belong to the referenced work, never to the record.
 *
 * <h2>Errors</h2>
 *
 * <p>A record without a usable PMID, or with an impossible date, is reported to the
 * {@link org.publd.source.ErrorHandler} and skipped. So is a record that is not well-formed XML (an
 * undeclared entity such as {@code &nbsp;}, a control character, nesting too deep) or holds bytes that
 * do not decode: the parser cannot read past it, so a new one starts at the next
 * {@code PubmedArticle}, {@code PubmedBookArticle} or {@code DeleteCitation} start tag, found by a scan
 * of the bytes ({@link org.publd.source.xml.RecordStarts}), and the message says how many records were
 * skipped and on which line reading went on. Input that is truncated, cannot be read, is not PubMed
 * XML, or is not well-formed with no record after the error stops the reader. Messages name the input,
 * the record (with its PMID when read) and the line (for a byte that does not decode, its own line).
 * The encoding is the one a byte order mark names (UTF-8 or UTF-16), else UTF-16 if the document
 * starts so, else the XML declaration's, else UTF-8.
 *
 * <h2>Safety and cost</h2>
 *
 * <p>The input is read with {@link org.publd.source.xml}: the JDK's StAX parser with DTDs and external
 * entities off, so nothing is fetched (it works offline) and entity bombs fail instead of expanding.
 * An input is recognised as PubMed XML by its root element, not by merely being XML. Reading streams: one record is held at a time,
 * whatever the size of the file.
 */
package org.publd.source.pubmed;

package org.publd.source.pubmed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.publd.record.Article;
import org.publd.record.DeletedCitations;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;
import org.publd.source.xml.RecordStarts;
import org.publd.source.xml.SafeStaxFactory;
import org.publd.source.xml.XmlCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@code PubmedArticleSet} one record at a time, in constant memory: each
 * {@code PubmedArticle} or {@code PubmedBookArticle} becomes an {@link Article}, each
 * {@code DeleteCitation} a {@link DeletedCitations}.
 *
 * <p>A record that cannot be read goes to the {@link ErrorHandler} and is skipped. So does one that
 * is not well-formed XML or holds bytes that do not decode: a StAX parser cannot read past such an
 * error, so a new one starts at the next record's start tag, found by a scan of the bytes
 * ({@link RecordStarts}), and the error says which records were skipped and where reading went on.
 * Input that cannot be read any further (truncated, unreadable, or not well-formed with no record
 * after the error) makes {@link #next()} throw, then and on every later call; records before it have
 * been returned whole.
 *
 * <pre>
 * try (RecordReader reader = new PubmedXmlFormat().open(input, ErrorHandler.strict())) {
 *     for (Item item; (item = reader.next()) != null; ) { ... }
 * }
 * </pre>
 */
public final class PubmedXmlReader implements RecordReader {
    private static final Logger LOG = LoggerFactory.getLogger(PubmedXmlReader.class);
    private static final int ROOT_DEPTH = 1;
    private static final RecordParser ARTICLES = new PubmedArticleParser();
    private static final RecordParser BOOKS = new BookArticleParser();
    private static final List<String> RECORDS = List.of("PubmedArticle", "PubmedBookArticle", "DeleteCitation");
    private static final Set<String> ARTICLES_AND_BOOKS = Set.of("PubmedArticle", "PubmedBookArticle");

    private final SourceInput input;
    private final ErrorHandler errors;
    private XmlCursor cursor;
    /** The record starts in the bytes, where a new parser can start; empty in an encoding it cannot scan. */
    private Optional<RecordStarts> starts;
    private Charset charset;
    private String rootName = "PubmedArticleSet";
    /** Articles and books begun, which is what records are numbered by. */
    private long recordNumber;
    /** Record start tags (DeleteCitation too) the current parser has reached, counted from the input's start. */
    private long startsReached;
    /** The record start the current parser began at; 0 for the input's start. */
    private long resumedAt;
    /** The record being read, for the position of a fatal error; {@code null} between records. */
    private RecordDraft current;
    private SourceParseException failure;
    private boolean done;

    public PubmedXmlReader(SourceInput input, ErrorHandler errors) {
        this.input = input;
        this.errors = errors;
    }

    @Override
    public Item next() {
        if (failure != null) {
            throw failure;
        }
        try {
            if (cursor == null) {
                open();
                root();
            }
            while (!done) {
                Item item;
                try {
                    item = cursor.nextChild(ROOT_DEPTH) ? item(cursor.name()) : end();
                } catch (XMLStreamException e) {
                    item = null;
                    readPast(e);
                }
                if (item != null) {
                    return item;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw fatal(e);
        } catch (IOException e) {
            throw fail(-1, SourceInput.cannotRead(e), e);
        }
    }

    // A parser started again after an error reads without the document's declaration, as XML 1.0.
    @Override
    public boolean xmlCharactersChecked() {
        return cursor != null && cursor.xml10();
    }

    private void open() throws IOException, XMLStreamException {
        InputStream bytes = input.stream();
        charset = SafeStaxFactory.charset(bytes, input.byteOrderMark());
        starts = RecordStarts.over(bytes, charset, RECORDS, ARTICLES_AND_BOOKS);
        cursor = SafeStaxFactory.open(starts.isPresent() ? starts.get() : bytes, charset);
    }

    /**
     * After an error the parser cannot read past, starts a new one at the next record start and
     * reports the records skipped; throws when there is no next record or no way to reach it.
     */
    private void readPast(XMLStreamException e) throws IOException, XMLStreamException {
        if (starts.isEmpty() || !cursor.canReadPast(e)) {
            throw fatal(e);
        }
        long line = cursor.line(e);
        String problem = cursor.problem(e);
        long skippedRecord = current != null ? recordNumber : -1;
        String pmid = current != null ? current.pmid() : null;
        // Inside a record the error is in it; between records it may be in the next one's start tag.
        long firstSkipped = cursor.depth() > ROOT_DEPTH ? startsReached : startsReached + 1;
        Optional<RecordStarts.Start> next = starts.get().resumeAt(Math.max(startsReached, resumedAt) + 1);
        if (next.isPresent() && cursor.depth() <= ROOT_DEPTH && next.get().index() == startsReached + 1
                && next.get().line() <= line) {
            if (next.get().counted()) {
                skippedRecord = next.get().countedBefore() + 1;
            }
            next = starts.get().resumeAt(next.get().index() + 1);
        }
        if (next.isEmpty()) {
            throw fatal(e);
        }
        RecordStarts.Start at = next.get();
        cursor.abandon();
        current = null;
        cursor = SafeStaxFactory.resume(starts.get(), charset, "<" + rootName + ">", at.line() - 1);
        cursor.nextElement();
        startsReached = at.index() - 1;
        resumedAt = at.index();
        recordNumber = at.countedBefore();
        errors.recordError(new SourceParseException(input.name(), skippedRecord, pmid, line,
                withoutFullStop(problem) + "; " + skipped(at.index() - firstSkipped) + ", reading on at line " + at.line()));
    }

    private static String withoutFullStop(String problem) {
        return problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
    }

    private static String skipped(long records) {
        return records == 0 ? "no record skipped" : records == 1 ? "record skipped" : records + " records skipped";
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
        input.close();
    }

    private void root() throws XMLStreamException {
        if (!cursor.nextElement()) {
            throw fail(-1, "no root element; expected PubmedArticleSet", null);
        }
        String root = cursor.name();
        if (!PubmedXmlFormat.ROOTS.contains(root)) {
            throw fail(cursor.line(), "expected PubmedArticleSet, found <" + root + ">", null);
        }
        rootName = root;
    }

    private Item item(String element) throws XMLStreamException {
        if (RECORDS.contains(element)) {
            startsReached++;
        }
        return switch (element) {
            case "PubmedArticle" -> record(ARTICLES);
            case "PubmedBookArticle" -> record(BOOKS);
            case "DeleteCitation" -> deleteCitation();
            default -> {
                LOG.debug("{}: line {}: skipping <{}>", input.name(), cursor.line(), element);
                yield null;
            }
        };
    }

    private Item end() throws XMLStreamException {
        cursor.finish();
        done = true;
        IOException damage = cursor.readFailure();
        if (damage != null) {
            // Damage after the root element's end tag, such as a gzip trailer cut off.
            throw fail(-1, SourceInput.cannotRead(damage), damage);
        }
        return null;
    }

    private Article record(RecordParser parser) throws XMLStreamException {
        recordNumber++;
        int depth = cursor.depth();
        RecordDraft draft = new RecordDraft(cursor.line());
        current = draft;
        try {
            parser.read(cursor, draft);
            Article article = draft.build();
            current = null;
            return article;
        } catch (BadRecordException e) {
            cursor.skipOut(depth);
            current = null;
            errors.recordError(new SourceParseException(input.name(), recordNumber, draft.pmid(), e.line(),
                    e.getMessage()));
            return null;
        }
    }

    /** The PMIDs of a {@code DeleteCitation}; one that is not a PMID is reported and left out. */
    private DeletedCitations deleteCitation() throws XMLStreamException {
        List<String> pmids = new ArrayList<>();
        int depth = cursor.depth();
        while (cursor.nextChild(depth)) {
            if (cursor.name().equals("PMID")) {
                String pmid = cursor.text();
                if (pmid != null && Pmids.isPmid(pmid)) {
                    pmids.add(pmid);
                } else {
                    errors.recordError(new SourceParseException(input.name(), -1, null, cursor.line(),
                            "DeleteCitation lists '" + pmid + "', which is not a PMID"));
                }
            }
        }
        return pmids.isEmpty() ? null : new DeletedCitations(pmids);
    }

    private SourceParseException fail(long line, String problem, Throwable cause) {
        long record = current == null ? -1 : recordNumber;
        String pmid = current == null ? null : current.pmid();
        failure = new SourceParseException(input.name(), record, pmid, line, problem, cause);
        done = true;
        return failure;
    }

    private SourceParseException fatal(XMLStreamException e) {
        if (cursor == null) {
            // The parser failed before there was a cursor to explain it (it reads lazily, so hardly ever).
            return fail(-1, "not well-formed XML: " + XmlCursor.parserMessage(e), e);
        }
        return fail(cursor.line(e), cursor.problem(e), e);
    }
}

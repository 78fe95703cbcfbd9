package org.publd.source.pubmed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.publd.record.Article;
import org.publd.record.DeletedCitations;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;
import org.publd.source.xml.SafeStaxFactory;
import org.publd.source.xml.XmlCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@code PubmedArticleSet} one record at a time, in constant memory: each
 * {@code PubmedArticle} or {@code PubmedBookArticle} becomes an {@link Article}, each
 * {@code DeleteCitation} a {@link DeletedCitations}.
 *
 * <p>A record that cannot be read goes to the {@link ErrorHandler} and is skipped. Input that cannot
 * be read any further (not well-formed, truncated) makes {@link #next()} throw, then and on every
 * later call; records before it have been returned whole.
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

    private final SourceInput input;
    private final ErrorHandler errors;
    private XmlCursor cursor;
    private long recordNumber;
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
                cursor = SafeStaxFactory.open(input.stream());
                root();
            }
            while (!done) {
                Item item = cursor.nextChild(ROOT_DEPTH) ? item(cursor.name()) : end();
                if (item != null) {
                    return item;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw fatal(e);
        } catch (IOException e) {
            throw fail(-1, "cannot read: " + SourceInput.describe(e), e);
        }
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
    }

    private Item item(String element) throws XMLStreamException {
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
            throw fail(-1, "cannot read: " + SourceInput.describe(damage), damage);
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

package org.publd.source.toy;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import org.publd.record.Article;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;
import org.publd.source.xml.SafeStaxFactory;
import org.publd.source.xml.XmlCursor;

/**
 * A toy XML input format, written as README's "Adding an input format" says, to show the extension
 * point works: a reading list of papers by PMID.
 *
 * <pre>
 * &lt;readingList&gt;
 *   &lt;paper pmid="20724638"&gt;&lt;title&gt;mTOR-dependent synapse formation&lt;/title&gt;&lt;doi&gt;10.1126/science.1190287&lt;/doi&gt;&lt;/paper&gt;
 * &lt;/readingList&gt;
 * </pre>
 */
public final class ReadingListFormat implements SourceFormat {
    @Override
    public String name() {
        return "reading-list";
    }

    @Override
    public boolean recognises(String head) {
        return SafeStaxFactory.rootElement(head).filter("readingList"::equals).isPresent();
    }

    @Override
    public RecordReader open(SourceInput input, ErrorHandler errors) {
        return new Reader(input, errors);
    }

    private static final class Reader implements RecordReader {
        private final SourceInput input;
        private final ErrorHandler errors;
        private XmlCursor cursor;
        private long recordNumber;

        Reader(SourceInput input, ErrorHandler errors) {
            this.input = input;
            this.errors = errors;
        }

        @Override
        public Item next() {
            try {
                if (cursor == null) {
                    cursor = SafeStaxFactory.open(input.stream());
                    cursor.nextElement();
                }
                while (cursor.nextChild(1)) {
                    if (cursor.name().equals("paper")) {
                        Article paper = paper();
                        if (paper != null) {
                            return paper;
                        }
                    }
                }
                return null;
            } catch (XMLStreamException e) {
                throw new SourceParseException(input.name(), recordNumber, null, cursor.line(e), cursor.problem(e), e);
            } catch (IOException e) {
                throw input.unreadable(-1, e);
            }
        }

        private Article paper() throws XMLStreamException {
            recordNumber++;
            String pmid = cursor.attribute("pmid");
            long line = cursor.line();
            Article.Builder paper = Article.builder().pmid(pmid);
            int depth = cursor.depth();
            while (cursor.nextChild(depth)) {
                switch (cursor.name()) {
                    case "title" -> paper.title(cursor.text());
                    case "doi" -> paper.doi(cursor.text());
                    default -> { }
                }
            }
            if (pmid == null || !pmid.chars().allMatch(Character::isDigit)) {
                errors.recordError(new SourceParseException(input.name(), recordNumber, null, line,
                        "a paper needs a pmid attribute that is a number, got " + pmid));
                return null;
            }
            return paper.build();
        }

        @Override
        public void close() {
            if (cursor != null) {
                cursor.close();
            }
            input.close();
        }
    }
}

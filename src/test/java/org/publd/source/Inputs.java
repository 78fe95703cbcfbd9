package org.publd.source;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.publd.record.Article;
import org.publd.record.Item;

/** Test inputs, inline or from the test class path, and reading them whole through a format. */
public final class Inputs {
    private Inputs() {
    }

    /** An input holding {@code text} as UTF-8. */
    public static SourceInput text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static SourceInput bytes(String name, byte[] bytes) {
        return SourceInput.of(name, new ByteArrayInputStream(bytes));
    }

    /** A fixture under {@code src/test/resources}, named by its path there. */
    public static SourceInput resource(String path) {
        InputStream in = Inputs.class.getResourceAsStream("/" + path);
        return SourceInput.of(path, Objects.requireNonNull(in, "no test resource " + path));
    }

    /** Every record of the input, bad records going to {@code errors}. */
    public static List<Article> read(SourceFormat format, SourceInput input, ErrorHandler errors) {
        List<Article> out = new ArrayList<>();
        try (RecordReader reader = format.open(input, errors)) {
            for (Item item; (item = reader.next()) != null; ) {
                out.add((Article) item);
            }
        }
        return out;
    }

    /** An error handler that keeps every record error and goes on. */
    public static final class Errors implements ErrorHandler {
        private final List<SourceParseException> errors = new ArrayList<>();

        @Override
        public void recordError(SourceParseException error) {
            errors.add(error);
        }

        public List<SourceParseException> list() {
            return errors;
        }
    }
}

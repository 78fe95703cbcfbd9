package org.publd.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.publd.PubldException;
import org.publd.source.medline.MedlineFormat;
import org.publd.source.page.PageFormat;
import org.publd.source.pubmed.PubmedXmlFormat;

/**
 * The input formats PubLD reads, and the choice of one per input. A registry never changes: adding
 * a format makes a new one, which is handed to whatever reads inputs (the pipeline, the command line).
 *
 * <pre>
 * SourceFormat format = SourceRegistry.standard().detect(input);
 * SourceRegistry withJats = SourceRegistry.standard().with(new JatsFormat());
 * </pre>
 */
public final class SourceRegistry {
    private static final SourceRegistry STANDARD = new SourceRegistry(List.of(
            new PubmedXmlFormat(),
            new MedlineFormat(),
            new PageFormat()));

    private final List<SourceFormat> formats;

    /** A registry of these formats; formats listed first are tried first when detecting. */
    public SourceRegistry(List<SourceFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The registry with every built-in format. */
    public static SourceRegistry standard() {
        return STANDARD;
    }

    /** A registry with this one's formats and then {@code format}, tried after them when detecting. */
    public SourceRegistry with(SourceFormat format) {
        List<SourceFormat> more = new ArrayList<>(formats);
        more.add(format);
        return new SourceRegistry(more);
    }

    /** The formats, in the order they are tried. */
    public List<SourceFormat> formats() {
        return formats;
    }

    /** The format with this name. */
    public Optional<SourceFormat> byName(String name) {
        return formats.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The format with this name, or an error listing the known names. */
    public SourceFormat require(String name) {
        return byName(name).orElseThrow(() -> new PubldException(
                "unknown input format '" + name + "'; expected one of " + names()));
    }

    /** The format of an input, from its content, or an error naming the input. */
    public SourceFormat detect(SourceInput input) {
        String head = input.head();
        for (SourceFormat format : formats) {
            if (format.recognises(head)) {
                return format;
            }
        }
        String ext = extension(input.name());
        String hint = head.isBlank() ? "it is empty" : "its content is none of " + names();
        throw new SourceParseException(input.name(), -1, null, -1,
                "unrecognised input format (" + hint + (ext.isEmpty() ? "" : ", extension ." + ext)
                        + "); use --input-format to force one");
    }

    private List<String> names() {
        return formats.stream().map(SourceFormat::name).toList();
    }

    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        int dot = lower.lastIndexOf('.');
        int slash = Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\'));
        return dot > slash ? lower.substring(dot + 1) : "";
    }
}

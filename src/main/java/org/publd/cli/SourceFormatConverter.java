package org.publd.cli;

import java.util.Iterator;
import java.util.List;
import org.publd.source.SourceFormat;
import org.publd.source.SourceRegistry;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of {@code --input-format}: the names of a registry's formats, which picocli checks
 * (a name the registry does not know is a usage error) and lists in {@code --help}.
 */
final class SourceFormatConverter implements ITypeConverter<SourceFormat>, Iterable<String> {
    private final SourceRegistry registry;

    /** For picocli, which makes one per use: the formats of the standard registry. */
    SourceFormatConverter() {
        this(SourceRegistry.standard());
    }

    SourceFormatConverter(SourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public SourceFormat convert(String name) {
        return registry.byName(name).orElseThrow(() -> new TypeConversionException(
                "expected one of " + names() + " but was '" + name + "'"));
    }

    @Override
    public Iterator<String> iterator() {
        return names().iterator();
    }

    private List<String> names() {
        return registry.formats().stream().map(SourceFormat::name).toList();
    }
}

package org.publd.cli;

import org.publd.PubldException;
import org.publd.mapping.IriScheme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --base} value, checked as {@link IriScheme} will take it, so that a bad base is a usage error. */
final class BaseIriConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            new IriScheme(value);
            return value;
        } catch (PubldException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

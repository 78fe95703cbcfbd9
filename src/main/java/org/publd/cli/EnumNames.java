package org.publd.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enum option's values by the names {@code --help} lists (the constants' {@code toString()}, such as
 * {@code turtle} or {@code auto}), in any case; a bad value's message lists those names, not the
 * upper-case constant names picocli's own converter would.
 */
final class EnumNames<E extends Enum<E>> implements ITypeConverter<E> {
    private final List<E> values;

    EnumNames(Class<E> type) {
        this.values = Arrays.asList(type.getEnumConstants());
    }

    @Override
    public E convert(String value) {
        return values.stream()
                .filter(v -> v.toString().equalsIgnoreCase(value) || v.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException("expected one of " + values + " but was '" + value + "'"));
    }
}

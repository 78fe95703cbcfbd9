package org.publd.record;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes out of a record the characters XML 1.0 cannot hold (control characters other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF). Text formats carry them through
 * (a NUL in a MEDLINE export), and one of them in one value made RDF/XML output fail and web pages
 * carry raw control characters. Every text value of a record, at any depth, goes through here, so
 * no input format and no future field can bring one in; only records an XML 1.0 parser read, which
 * cannot hold them, are spared the walk.
 *
 * <pre>
 * XmlText.Cleaned&lt;Article&gt; c = XmlText.clean(article);
 * if (c.removed() &gt; 0) { warn(article.pmid(), c.removed()); }
 * </pre>
 */
public final class XmlText {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private XmlText() {
    }

    /**
     * A value with the characters XML cannot hold removed.
     *
     * @param value        the cleaned value; the very same instance when nothing was removed
     * @param removed      how many characters were removed
     * @param firstRemoved the first removed character's code point, or -1
     */
    public record Cleaned<T>(T value, int removed, int firstRemoved) {
    }

    /** Whether XML 1.0 can hold the code point (its {@code Char} production). */
    public static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** {@code value} (a record, list or string, however nested) without the characters XML cannot hold. */
    public static <T> Cleaned<T> clean(T value) {
        Counter counter = new Counter();
        @SuppressWarnings("unchecked")
        T cleaned = (T) cleanValue(value, counter);
        return new Cleaned<>(cleaned, counter.removed, counter.first);
    }

    private static Object cleanValue(Object value, Counter counter) {
        if (value instanceof String s) {
            return cleanString(s, counter);
        }
        if (value instanceof List<?> list) {
            return cleanList(list, counter);
        }
        if (value instanceof Record r) {
            return SHAPES.get(r.getClass()).clean(r, counter);
        }
        return value;
    }

    private static String cleanString(String s, Counter counter) {
        int i = firstSuspect(s);
        while (i < s.length() && allowed(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (allowed(c)) {
                b.appendCodePoint(c);
            } else {
                counter.removed(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * Where the first character that may not be allowed is: a control character or one from the
     * surrogates up. Nearly all text has none, and a loop over chars costs a tenth of one over code points.
     */
    private static int firstSuspect(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != 0x9 && c != 0xA && c != 0xD : c >= 0xD800) {
                return i;
            }
        }
        return n;
    }

    private static List<?> cleanList(List<?> list, Counter counter) {
        List<Object> out = null;
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            Object cleaned = cleanValue(element, counter);
            if (cleaned != element && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(cleaned);
            }
        }
        return out == null ? list : List.copyOf(out);
    }

    private static final class Counter {
        int removed;
        int first = -1;

        void removed(int c) {
            if (removed++ == 0) {
                first = c;
            }
        }
    }

    /** A record type's component accessors and canonical constructor, looked up once per type. */
    private record Shape(MethodHandle[] accessors, MethodHandle constructor) {
        /** Accessors typed alike, for {@code invokeExact}: {@code invoke} adapted the types on every call. */
        private static final MethodType ACCESSOR = MethodType.methodType(Object.class, Record.class);

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                MethodHandle[] accessors = new MethodHandle[components.length];
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(ACCESSOR);
                }
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types));
                return new Shape(accessors, constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record type " + type.getName() + " is not public", e);
            }
        }

        Record clean(Record r, Counter counter) {
            try {
                Object[] values = null;
                for (int i = 0; i < accessors.length; i++) {
                    Object value = (Object) accessors[i].invokeExact(r);
                    Object cleaned = cleanValue(value, counter);
                    if (cleaned != value && values == null) {
                        values = new Object[accessors.length];
                        for (int j = 0; j < i; j++) {
                            values[j] = (Object) accessors[j].invokeExact(r);
                        }
                    }
                    if (values != null) {
                        values[i] = cleaned;
                    }
                }
                return values == null ? r : (Record) constructor.invokeWithArguments(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

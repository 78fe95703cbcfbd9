package org.publd.server.html;

/**
 * Builds HTML text in which every piece of data is escaped: {@link #text} and {@link #attr} escape,
 * only {@link #raw} does not, and it is given literal markup from this package, never data.
 */
final class HtmlBuilder {
    private final StringBuilder sb = new StringBuilder(8192);

    /** Literal markup written by this package. */
    HtmlBuilder raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Text content, escaped. */
    HtmlBuilder text(String text) {
        escape(text, sb);
        return this;
    }

    /** An attribute {@code name="value"} with the value escaped, preceded by a space. */
    HtmlBuilder attr(String name, String value) {
        sb.append(' ').append(name).append("=\"");
        escape(value, sb);
        sb.append('"');
        return this;
    }

    /** {@code <a href="href">text</a>}, both escaped. */
    HtmlBuilder link(String href, String text) {
        raw("<a").attr("href", href).raw(">").text(text).raw("</a>");
        return this;
    }

    /** An element with escaped text content and an optional class. */
    HtmlBuilder element(String tag, String cssClass, String text) {
        raw("<").raw(tag);
        if (cssClass != null) {
            attr("class", cssClass);
        }
        raw(">").text(text).raw("</").raw(tag).raw(">");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}

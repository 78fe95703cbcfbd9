package org.publd.mapping;

import java.time.LocalDate;
import java.time.Period;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.publd.record.PubDate;

/** Dates as typed literals at their precision, and the time span between two dates. */
final class Dates {
    private Dates() {
    }

    /** {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}; {@code null} without a year. */
    static Node literal(PubDate date) {
        if (date == null) {
            return null;
        }
        return switch (date.precision()) {
            case NONE -> null;
            case YEAR -> NodeFactory.createLiteralDT(year(date.year()), XSDDatatype.XSDgYear);
            case MONTH -> NodeFactory.createLiteralDT(year(date.year()) + "-" + two(date.month()), XSDDatatype.XSDgYearMonth);
            case DAY -> NodeFactory.createLiteralDT(year(date.year()) + "-" + two(date.month()) + "-" + two(date.day()),
                    XSDDatatype.XSDdate);
        };
    }

    static Node literal(LocalDate date) {
        return date == null ? null : NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    /**
     * The {@code xsd:duration} from {@code from} to {@code to}, at the coarser of the two precisions
     * (days, months or years), negative when {@code to} is earlier; {@code null} when either is unknown.
     */
    static Node span(PubDate from, PubDate to) {
        if (from == null || to == null || from.year() == null || to.year() == null) {
            return null;
        }
        PubDate.Precision precision = from.precision().compareTo(to.precision()) <= 0 ? from.precision() : to.precision();
        LocalDate a = start(from, precision);
        LocalDate b = start(to, precision);
        boolean negative = b.isBefore(a);
        Period p = negative ? Period.between(b, a) : Period.between(a, b);
        StringBuilder sb = new StringBuilder(negative ? "-P" : "P");
        switch (precision) {
            case YEAR -> sb.append(p.getYears()).append('Y');
            case MONTH -> sb.append(p.getYears()).append("Y").append(p.getMonths()).append('M');
            default -> sb.append(p.getYears()).append("Y").append(p.getMonths()).append("M").append(p.getDays()).append('D');
        }
        return NodeFactory.createLiteralDT(sb.toString(), XSDDatatype.XSDduration);
    }

    private static LocalDate start(PubDate d, PubDate.Precision precision) {
        int month = precision.compareTo(PubDate.Precision.MONTH) >= 0 ? d.month() : 1;
        int day = precision == PubDate.Precision.DAY ? d.day() : 1;
        return LocalDate.of(d.year(), month, day);
    }

    private static String year(int y) {
        String digits = Integer.toString(y);
        return y >= 1000 ? digits : "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}

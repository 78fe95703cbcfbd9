package org.publd.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a representation from an {@code Accept} header (RFC 9110 §12.5.1), among those on offer.
 * Each offer gets the quality of the most specific range that matches it; the highest quality wins
 * and the first offer wins ties, so that {@code *}{@code /*} and browsers' headers get HTML when HTML
 * is offered first.
 */
public final class Conneg {
    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for {@code type/*}, 1 for {@code *}{@code /*}, 0 for none. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? 3 : 0;
        }
    }

    private final List<Representation> offers;

    public Conneg(Representation... offers) {
        this.offers = List.of(offers);
    }

    /** The best offer for the header; the first offer when there is no header; empty when none is acceptable. */
    public Optional<Representation> choose(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(offers.get(0));
        }
        List<Range> ranges = parse(acceptHeader);
        Representation best = null;
        double bestQ = 0;
        for (Representation offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The best of {@code mediaTypes} for the header, the earlier on a tie; the first when there is no
     * header; empty when none is acceptable.
     */
    public static Optional<String> choose(String acceptHeader, List<String> mediaTypes) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(mediaTypes.get(0));
        }
        List<Range> ranges = parse(acceptHeader);
        String best = null;
        double bestQ = 0;
        for (String offer : mediaTypes) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The media types on offer, for a 406 message. */
    public List<String> mediaTypes() {
        return offers.stream().map(Representation::mediaType).toList();
    }

    /**
     * The media type to answer with once {@code chosen} is chosen: its own, unless the header accepts only
     * another it is also known by ({@code text/plain} for N-Triples).
     */
    public String mediaType(String acceptHeader, Representation chosen) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return chosen.mediaType();
        }
        List<Range> ranges = parse(acceptHeader);
        String best = chosen.mediaType();
        double bestQ = quality(ranges, best);
        for (String alias : chosen.mediaTypes()) {
            if (quality(ranges, alias) > bestQ) {
                best = alias;
                bestQ = quality(ranges, alias);
            }
        }
        return best;
    }

    private static double quality(List<Range> ranges, Representation offer) {
        double q = 0;
        for (String mediaType : offer.mediaTypes()) {
            q = Math.max(q, quality(ranges, mediaType));
        }
        return q;
    }

    private static double quality(List<Range> ranges, String mediaType) {
        int bestSpecificity = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(mediaType);
            if (s > bestSpecificity) {
                bestSpecificity = s;
                q = r.q();
            }
        }
        return q;
    }

    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            // ";" alone splits into nothing: a malformed range, skipped like the others.
            if (params.length == 0) {
                continue;
            }
            String range = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(range.substring(0, slash), range.substring(slash + 1), q));
        }
        return ranges;
    }
}

package org.acervo.recognition.identifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves an OCR-damaged spelling of an identifier to the clean spelling the same archive holds
 * elsewhere: {@code IEPC/UTC/2I/1O4} seen in one scan and {@code IEPC/UTC/21/104} in a text PDF
 * are one number, and the cross-reference tables should say so.
 *
 * <p>Spellings meet when they differ only by characters OCR confuses ({@code O}/{@code Q}/{@code 0},
 * {@code I}/{@code L}/{@code 1}, {@code S}/{@code 5}, {@code B}/{@code 8}, {@code Z}/{@code 2},
 * {@code G}/{@code C}/{@code 6}). Of a group, the clean one is a spelling the registry vouches for
 * (known body and units, see {@link Issuers}), the one more documents hold first; the spellings it
 * does not vouch for move to it. Two spellings the registry both vouches for are two real numbers
 * and stay apart; a group it vouches for none of stays as found. What the page says ({@code raw}) is
 * never changed; only the value a table groups by.
 */
public final class ArchiveSpellings {

    private final Map<String, String> toClean;

    private ArchiveSpellings(Map<String, String> toClean) {
        this.toClean = Map.copyOf(toClean);
    }

    /**
     * @param documentsBySpelling every identifier value of the archive with the number of documents holding it
     */
    public static ArchiveSpellings of(Map<String, Integer> documentsBySpelling) {
        Map<String, List<String>> groups = new HashMap<>();
        documentsBySpelling.keySet().stream()
                .sorted()
                .forEach(value -> groups.computeIfAbsent(lookAlikeKey(value), k -> new ArrayList<>())
                        .add(value));
        Map<String, String> toClean = new HashMap<>();
        Comparator<String> cleanFirst = Comparator.comparing((String v) -> !vouched(v))
                .thenComparing(v -> -documentsBySpelling.get(v))
                .thenComparing(Comparator.naturalOrder());
        for (List<String> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            String clean = group.stream().min(cleanFirst).orElseThrow();
            if (!vouched(clean)) {
                continue; // nothing here the registry knows: no ground to call one spelling damaged
            }
            for (String other : group) {
                if (!other.equals(clean) && !vouched(other)) {
                    toClean.put(other, clean);
                }
            }
        }
        return new ArchiveSpellings(toClean);
    }

    /** The clean spelling of {@code value}, or {@code value} itself. */
    public String resolve(String value) {
        return value == null ? null : toClean.getOrDefault(value, value);
    }

    /** How many spellings resolve to another. */
    public int size() {
        return toClean.size();
    }

    /** The registry vouches for a number when its body (if any) and every lettered unit are known. */
    static boolean vouched(String value) {
        Identifier id = Identifier.tryParse(value).orElse(null);
        if (id == null || id.isExpediente()) {
            return id != null;
        }
        List<String> parts = List.of(value.split("/")); // as stored, not as parsing would repair it
        int first = id.issuer().isPresent() ? 1 : 0;
        if (first == 1 && !Issuers.isKnownBody(parts.get(0))) {
            return false;
        }
        for (int i = first; i < parts.size(); i++) {
            String letters = parts.get(i).replaceAll("[0-9]+$", "");
            for (String piece : letters.split("-")) {
                if (!piece.isEmpty() && !piece.chars().allMatch(Character::isDigit) && !Issuers.isKnownUnit(piece)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The value with look-alike characters folded together. */
    static String lookAlikeKey(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append(
                    switch (c) {
                        case 'O', 'Q' -> '0';
                        case 'I', 'L' -> '1';
                        case 'S' -> '5';
                        case 'B' -> '8';
                        case 'Z' -> '2';
                        case 'G', 'C' -> '6';
                        default -> c;
                    });
        }
        return out.toString();
    }
}

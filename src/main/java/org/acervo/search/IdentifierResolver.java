package org.acervo.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.acervo.recognition.identifier.Identifiers;

/**
 * Resolves an identifier as a person or OCR spelled it to the canonical identifiers the index holds.
 *
 * <p>Canonical parsing handles case and spaces ({@code ine / unicom / 4547 / 2021}); OCR damage
 * confuses letters and digits of similar shape ({@code INE/UNIC0M/4547/2O21}, {@code lEPC/UTC/21/1O4}),
 * which can leave text that no longer parses as a number at all. Both sides are therefore reduced to
 * a skeleton where look-alike characters coincide, and every indexed identifier with the query's
 * skeleton is a match; so is every one with the same {@link Identifiers#searchKey search key}
 * ({@code INE/CG/312/2016} and {@code INE/CG312/2016}; {@code IFE/CG112/2010} and {@code CG112/2010}).
 * Built once per index snapshot from the identifier terms.
 */
public final class IdentifierResolver {

    /** Runs of characters an identifier is made of, spaces allowed around slashes. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<String>> bySkeleton = new HashMap<>();
    private final List<String> known;

    /** @param known every canonical identifier in the index */
    public IdentifierResolver(List<String> known) {
        this.known = List.copyOf(known);
        for (String id : known) {
            bySkeleton.computeIfAbsent(skeleton(id), k -> new ArrayList<>()).add(id);
            String key = Identifiers.searchKey(id);
            if (!key.equals(id)) {
                bySkeleton
                        .computeIfAbsent(skeleton(key), k -> new ArrayList<>())
                        .add(id);
            }
        }
    }

    /**
     * The canonical identifiers this text stands for: the indexed ones with the same skeleton, plus
     * its own canonical form when it parses (it may be in text the recognizer missed). Empty when the
     * text is not an identifier in any spelling.
     */
    public List<String> resolve(String text) {
        TreeSet<String> found = new TreeSet<>();
        Optional<String> canonical = Identifiers.canonical(text);
        canonical.ifPresent(found::add);
        String compact = SPACES.matcher(text.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        found.addAll(bySkeleton.getOrDefault(skeleton(compact), List.of()));
        // INE/CG/312/2016 finds INE/CG312/2016, IFE/CG112/2010 the IFE's own CG112/2010, and back.
        canonical
                .map(Identifiers::searchKey)
                .ifPresent(key -> found.addAll(bySkeleton.getOrDefault(skeleton(key), List.of())));
        return List.copyOf(found);
    }

    /**
     * Every canonical identifier a number typed by a person may stand for: {@link #resolve} (any spelling)
     * and, when it has a slash, the indexed numbers it is the end of ({@link #endingWith}), at most
     * {@code limit} of those; without a slash, hyphens read as slashes when nothing else matches
     * ({@code INE-CG329-2017}, as file names write numbers). What the search box and the batch search
     * both read a number as.
     */
    public List<String> anySpelling(String typed, int limit) {
        LinkedHashSet<String> found = new LinkedHashSet<>(resolve(typed));
        if (found.isEmpty() && typed.indexOf('/') < 0 && typed.indexOf('-') >= 0) {
            found.addAll(resolve(typed.replace('-', '/')));
        }
        if (typed.indexOf('/') >= 0) {
            endingWith(typed).stream().limit(limit).forEach(found::add);
        }
        return List.copyOf(found);
    }

    /**
     * The indexed identifiers that end with what a person typed of them, at a slash or a hyphen:
     * {@code 4547/2021} is the end of {@code INE/UNICOM/4547/2021}, {@code 101/2017} of
     * {@code SUP-JDC-101/2017}; {@code 547/2021} is the end of none of them. Spaces and case do not count.
     */
    public List<String> endingWith(String tail) {
        String end = SPACES.matcher(tail.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        if (end.isEmpty()) {
            return List.of();
        }
        return known.stream()
                .filter(id -> id.equals(end)
                        || id.endsWith(end)
                                && (id.charAt(id.length() - end.length() - 1) == '/'
                                        || id.charAt(id.length() - end.length() - 1) == '-'))
                .toList();
    }

    /** The indexed identifiers matching a wildcard pattern ({@code *} any run, {@code ?} one character). */
    public List<String> matching(String wildcard) {
        Pattern pattern =
                Pattern.compile(Pattern.quote(wildcard).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
        return known.stream().filter(id -> pattern.matcher(id).matches()).toList();
    }

    /** Upper case with OCR look-alikes folded together: O and Q to 0, I, L and | to 1, S to 5, B to 8, Z to 2, G to 6. */
    static String skeleton(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append(
                    switch (c) {
                        case 'O', 'Q' -> '0';
                        case 'I', 'L', '|', '!' -> '1';
                        case 'S' -> '5';
                        case 'B' -> '8';
                        case 'Z' -> '2';
                        case 'G' -> '6';
                        default -> c;
                    });
        }
        return out.toString();
    }
}

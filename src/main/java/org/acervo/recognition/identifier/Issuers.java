package org.acervo.recognition.identifier;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.acervo.recognition.text.RecognitionData;

/**
 * The issuing bodies and units Acervo knows, read once from {@code issuers.properties}.
 *
 * <p>Kept as data so that an archive's own units are added without touching a pattern. Nothing
 * here is required for a number to be recognized: an unknown body is still found by its shape.
 */
final class Issuers {

    private static final String RESOURCE = "issuers.properties";
    private static final Properties DATA = RecognitionData.load(Issuers.class, RESOURCE);

    private static final Set<String> BODIES = list("bodies");
    private static final Set<String> UNITS = list("units");
    private static final Set<String> ACUERDO_UNITS = list("acuerdo.units");
    private static final Set<String> COURTS = list("courts");
    private static final Set<String> CASE_KINDS = list("case.kinds");
    private static final Map<String, Set<String>> ATTACHED = attached();

    private Issuers() {}

    static boolean isKnownBody(String body) {
        return BODIES.contains(body.toUpperCase(Locale.ROOT));
    }

    static boolean isKnownUnit(String unit) {
        return UNITS.contains(unit.toUpperCase(Locale.ROOT));
    }

    /**
     * A run of capitals that is a known court followed by a known kind of case ({@code TEEDJE} is
     * {@code TEED-JE}), hyphened; empty when it is not, or can be split more than one way.
     */
    static Optional<String> courtAndKind(String letters) {
        String found = null;
        for (int k = 2; k <= letters.length() - 2; k++) {
            if (COURTS.contains(letters.substring(0, k)) && CASE_KINDS.contains(letters.substring(k))) {
                if (found != null) {
                    return Optional.empty();
                }
                found = letters.substring(0, k) + "-" + letters.substring(k);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a unit (without its number) makes a document number an acuerdo: CG, JGE. */
    static boolean isAcuerdoUnit(String unit) {
        return ACUERDO_UNITS.contains(unit);
    }

    /** Whether {@code body} writes {@code unit} with the number attached ({@code INE/CG195/2015}). */
    static boolean attachesNumber(String body, String unit) {
        return ATTACHED.getOrDefault(body, Set.of()).contains(unit);
    }

    /** The acuerdo units as a regex alternation, longest first. */
    static String acuerdoUnitsAlternation() {
        return ACUERDO_UNITS.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Set<String> list(String key) {
        String value = DATA.getProperty(key, "");
        Set<String> out = new HashSet<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                out.add(item.strip().toUpperCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, Set<String>> attached() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String key : DATA.stringPropertyNames()) {
            if (key.startsWith("attached.")) {
                out.put(key.substring("attached.".length()).toUpperCase(Locale.ROOT), list(key));
            }
        }
        return Map.copyOf(out);
    }

    /** For tests: the known bodies. */
    static List<String> bodies() {
        return BODIES.stream().sorted().toList();
    }
}

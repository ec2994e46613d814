package org.acervo.language;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's words in one language: Spanish by default, English on request, read from
 * {@code messages_es.properties} and {@code messages_en.properties} through Spring's {@link MessageSource}.
 *
 * <p>The web application uses {@link #messageSource()} as its bean (Thymeleaf's {@code #{…}}); the
 * commands, which start no Spring context, use {@link #of(Locale)}. Plurals are {@code choice} formats
 * in the files ({@code 1 página}, {@code 2 páginas}). A key missing from both files is a bug, found by
 * {@code LanguageTest}.
 *
 * @param locale the language asked for; any other than English reads Spanish
 */
public record Texts(Locale locale) {

    /** The default language of the interface. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    private static final ResourceBundleMessageSource SOURCE = source();

    private static final Map<String, String> REASONS = english("reason.");

    /** The details Acervo itself adds in parentheses ("permission denied"), by key. */
    private static final Map<String, String> DETAILS = english("detail.");

    public Texts {
        locale = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : SPANISH;
    }

    /** The words of a language. */
    public static Texts of(Locale locale) {
        return new Texts(locale);
    }

    /** Reads a {@code --lang} value: {@code es} or {@code en}. */
    public static Texts parse(String lang) {
        String tag = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "es", "spa", "español", "espanol", "spanish" -> new Texts(SPANISH);
            case "en", "eng", "english", "inglés", "ingles" -> new Texts(ENGLISH);
            default -> throw new BadArgument("error.language", lang);
        };
    }

    /** The source both files are read from, shared by the web application and the commands. */
    public static MessageSource messageSource() {
        return SOURCE;
    }

    /** The message of a key, its {@code {0}}, {@code {1}}… filled with {@code args}. */
    public String get(String key, Object... args) {
        return SOURCE.getMessage(key, args, locale);
    }

    /** A sentence in this language. */
    public String get(Sentence sentence) {
        return SOURCE.getMessage(sentence, locale);
    }

    /**
     * An error for people in this language: the sentence of the first {@link Said} error among its
     * causes, or empty when none is (the caller then says what it can: the error's own words).
     */
    public Optional<String> say(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof Said said) {
                return Optional.of(get(said.sentence()));
            }
        }
        return Optional.empty();
    }

    /** The message of a key, or empty when neither file has it (a column named by an identifier, say). */
    public Optional<String> find(String key, Object... args) {
        try {
            return Optional.of(SOURCE.getMessage(key, args, locale));
        } catch (NoSuchMessageException e) {
            return Optional.empty();
        }
    }

    /**
     * A failure reason as the index stores it — an English sentence of {@code ExtractionFailure}, maybe a
     * detail after it ("the folder could not be opened (permission denied)") — in this language. The
     * stored text stays English so that it can be matched ({@code isRetried}); its sentence is looked up
     * in {@code messages_en.properties} ({@code reason.*}) and said in this language, the detail kept as it is.
     * A reason no file knows is returned unchanged.
     */
    public String reason(String stored) {
        if (stored == null || locale.equals(ENGLISH)) {
            return stored;
        }
        for (Map.Entry<String, String> sentence : REASONS.entrySet()) {
            if (stored.startsWith(sentence.getValue())) {
                String detail = stored.substring(sentence.getValue().length());
                for (Map.Entry<String, String> known : DETAILS.entrySet()) {
                    detail = detail(detail, known.getKey(), known.getValue());
                }
                return get(sentence.getKey()) + detail;
            }
        }
        return stored;
    }

    /**
     * A detail of Acervo's own put in this language: "(permission denied)", or one with a value in it
     * ("(named .pdf but it holds plain text)", its English message {@code named {0} but …}).
     */
    private String detail(String detail, String key, String english) {
        if (!english.contains("{0}")) {
            return detail.replace("(" + english + ")", "(" + get(key) + ")");
        }
        Pattern shape = Pattern.compile("\\(" + Pattern.quote(english).replace("{0}", "\\E(.+?)\\Q") + "\\)");
        return shape.matcher(detail)
                .replaceAll(found -> Matcher.quoteReplacement("(" + get(key, found.group(1)) + ")"));
    }

    /** The English messages whose keys start so, longest first so that no sentence hides a longer one. */
    private static Map<String, String> english(String prefix) {
        ResourceBundle english = ResourceBundle.getBundle("messages", ENGLISH);
        Map<String, String> reasons = new LinkedHashMap<>();
        english.keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .sorted(Comparator.comparingInt(
                                (String k) -> english.getString(k).length())
                        .reversed())
                .forEach(k -> reasons.put(k, SOURCE.getMessage(k, null, ENGLISH)));
        return reasons;
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        // Spanish when the language asked for has no file, whatever the machine's own language.
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(SPANISH);
        // Every message is a MessageFormat, with or without arguments: one quoting rule ('') for all.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}

package org.acervo.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the mention, relation and event lists of a doc record with Jackson's streaming parser: they are
 * lists of flat objects of the shape {@link EntryCodec} writes, and building databind's mapper to read
 * them took longer than a table of the samples takes to read (about a fifth of a second of every
 * {@code xref}). Names it does not know are skipped, missing numbers are 0, as databind reads them.
 */
final class StoredLists {

    private static final JsonFactory JSON = new JsonFactory();

    private StoredLists() {}

    static List<Mention> mentions(String json) {
        return read(
                json,
                f -> new Mention(
                        MentionType.fromLabel(string(f, "type")),
                        string(f, "value"),
                        string(f, "raw"),
                        number(f, "page"),
                        number(f, "start"),
                        number(f, "end")));
    }

    static List<Relation> relations(String json) {
        return read(
                json,
                f -> new Relation(
                        string(f, "from"), string(f, "to"), Relation.Kind.of(string(f, "kind")), number(f, "page")));
    }

    @SuppressWarnings("unchecked")
    static List<Event> events(String json) {
        return read(
                json,
                f -> new Event(
                        string(f, "date"),
                        string(f, "action"),
                        (List<String>) f.getOrDefault("ids", List.of()),
                        number(f, "page")));
    }

    private static <T> List<T> read(String json, Function<Map<String, Object>, T> item) {
        List<T> items = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            expect(parser, parser.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                expect(parser, token, JsonToken.START_OBJECT);
                Map<String, Object> fields = new HashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    fields.put(name, value(parser, parser.nextToken(), name.equals("ids")));
                }
                items.add(item.apply(fields));
            }
        }
        return items;
    }

    /** A string, a whole number, null, or a list of strings (an event's identifiers); anything else is skipped. */
    private static Object value(JsonParser parser, JsonToken token, boolean strings) {
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getIntValue();
            case START_ARRAY -> strings ? strings(parser) : skip(parser);
            default -> skip(parser);
        };
    }

    private static Object skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }

    private static List<String> strings(JsonParser parser) {
        List<String> strings = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            expect(parser, t, JsonToken.VALUE_STRING);
            strings.add(parser.getString());
        }
        return List.copyOf(strings);
    }

    private static void expect(JsonParser parser, JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new StreamReadException(
                    parser, "expected " + expected + ", found " + token + " in a doc record's list");
        }
    }

    private static String string(Map<String, Object> fields, String name) {
        return (String) fields.get(name);
    }

    private static int number(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof Integer n ? n : 0;
    }
}

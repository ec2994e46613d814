package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Solr configset's schema against {@link IndexSchema} and {@link ArchiveAnalyzer}, read as plain XML, so
 * that the two indexes cannot drift apart.
 */
class SolrSchemaTest {

    static final Path SCHEMA = Path.of("cluster/minisolr/src/main/resources/configsets/acervo/conf/schema.xml");
    static final Path SOLRCONFIG = Path.of("cluster/minisolr/src/main/resources/configsets/acervo/conf/solrconfig.xml");

    /** ArchiveAnalyzer's chain, as Solr names its factories. */
    static final List<String> TEXT_CHAIN = List.of(
            "solr.StandardTokenizerFactory",
            "solr.LowerCaseFilterFactory",
            "solr.ASCIIFoldingFilterFactory",
            "solr.SpanishLightStemFilterFactory");

    private static Document schema;

    @BeforeAll
    static void parse() throws Exception {
        schema = xml(SCHEMA);
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Every field name IndexSchema spells (its KIND_ constants are values of {@code kind}, not fields). */
    static Set<String> indexSchemaFields() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field constant : IndexSchema.class.getDeclaredFields()) {
            int modifiers = constant.getModifiers();
            if (Modifier.isPublic(modifiers)
                    && Modifier.isStatic(modifiers)
                    && constant.getType() == String.class
                    && !constant.getName().startsWith("KIND_")) {
                names.add((String) constant.get(null));
            }
        }
        return names;
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Map<String, Element> fields() {
        return elements(schema, "field").stream().collect(Collectors.toMap(f -> f.getAttribute("name"), f -> f));
    }

    private static Element fieldType(String name) {
        return elements(schema, "fieldType").stream()
                .filter(t -> t.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("schema.xml has no fieldType " + name));
    }

    @Test
    void theSchemaHoldsExactlyTheFieldsOfIndexSchemaAndSolrsOwn() throws Exception {
        Set<String> expected = new TreeSet<>(indexSchemaFields());
        expected.add(SolrRecords.ID);
        expected.add(SolrRecords.VERSION);

        assertThat(expected).contains(IndexSchema.TEXT, IndexSchema.PAGE_OF, IndexSchema.STAMP_PATH);
        assertThat(new TreeSet<>(fields().keySet())).isEqualTo(expected);
        assertThat(elements(schema, "dynamicField")).isEmpty();
        assertThat(elements(schema, "uniqueKey").get(0).getTextContent().trim()).isEqualTo(SolrRecords.ID);
        // the version of the records, which Acervo checks before it reads or writes a collection
        assertThat(schema.getDocumentElement().getAttribute("name")).isEqualTo(SolrNodes.SCHEMA);
    }

    @Test
    void solrCloudKeepsItsVersionFieldAndUpdateLog() throws Exception {
        Element version = fields().get(SolrRecords.VERSION);
        assertThat(version.getAttribute("docValues")).isEqualTo("true");
        assertThat(elements(xml(SOLRCONFIG), "updateLog")).hasSize(1);
    }

    @Test
    void textIsAnalyzedByArchiveAnalyzersChainWithOffsetsForSnippets() {
        Element text = fields().get(IndexSchema.TEXT);
        assertThat(text.getAttribute("stored")).isEqualTo("true");
        assertThat(text.getAttribute("storeOffsetsWithPositions")).isEqualTo("true");

        assertThat(chain(fieldType(text.getAttribute("type")))).isEqualTo(TEXT_CHAIN);
    }

    /** The tokenizer and filters of a fieldType's one analyzer, in order. */
    private static List<String> chain(Element type) {
        List<Element> analyzers = new ArrayList<>();
        NodeList children = type.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("analyzer")) {
                analyzers.add(e);
            }
        }
        // one analyzer for indexing and querying, as ArchiveAnalyzer is used for both
        assertThat(analyzers).hasSize(1);
        assertThat(analyzers.get(0).getAttribute("class")).isEmpty();
        assertThat(type.getAttribute("positionIncrementGap")).isIn("", "0");
        List<String> chain = new ArrayList<>();
        NodeList parts = analyzers.get(0).getChildNodes();
        for (int i = 0; i < parts.getLength(); i++) {
            if (parts.item(i) instanceof Element e) {
                assertThat(e.getTagName()).isIn("tokenizer", "filter");
                assertThat(e.getAttributes().getLength())
                        .as("%s takes no arguments", e.getAttribute("class"))
                        .isEqualTo(1);
                chain.add(e.getAttribute("class"));
            }
        }
        return chain;
    }

    /** The factories the schema names, built by Lucene itself, give ArchiveAnalyzer's tokens. */
    @Test
    void thoseFactoriesGiveArchiveAnalyzersTokens() throws IOException {
        CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
                .withTokenizer(spiName(TokenizerFactory.availableTokenizers(), TokenizerFactory::lookupClass, 0));
        for (int i = 1; i < TEXT_CHAIN.size(); i++) {
            builder.addTokenFilter(
                    spiName(TokenFilterFactory.availableTokenFilters(), TokenFilterFactory::lookupClass, i));
        }
        String text = "Oficio No. IEPC/SE/2119/2021: la Comisión de Organización Electoral envía los INFORMES "
                + "del cómputo distrital; Ñuñoa, acción y acciones. Árbol ÁRBOLES niños.";
        try (Analyzer solr = builder.build();
                Analyzer acervo = IndexSchema.analyzer()) {
            assertThat(tokens(solr, text)).isEqualTo(tokens(acervo, text)).contains("comision", "inform", "nin");
            // a fuzzy or wildcard word: folded by the chain's normalizing filters alone, not stemmed
            assertThat(solr.normalize(IndexSchema.TEXT, "ComisiÓnes"))
                    .isEqualTo(acervo.normalize(IndexSchema.TEXT, "ComisiÓnes"))
                    .isEqualTo(new org.apache.lucene.util.BytesRef("comisiones"));
        }
    }

    private static String spiName(Set<String> names, java.util.function.Function<String, Class<?>> lookup, int step) {
        String simpleName = TEXT_CHAIN.get(step).substring("solr.".length());
        return names.stream()
                .filter(name -> lookup.apply(name).getSimpleName().equals(simpleName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Lucene has no factory " + simpleName));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void fieldsWithLuceneDocValuesHaveThemInSolr() {
        Map<String, Element> fields = fields();
        for (String name : Arrays.asList(
                IndexSchema.MENTION_TYPE,
                IndexSchema.BODY,
                IndexSchema.PAGE,
                IndexSchema.DOCUMENT_DAY,
                IndexSchema.PAGE_OF,
                IndexSchema.YEAR)) {
            assertThat(fields.get(name).getAttribute("docValues")).as(name).isEqualTo("true");
        }
    }
}

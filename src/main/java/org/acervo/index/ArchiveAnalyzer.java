package org.acervo.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Spanish-aware analysis for page text, used for indexing and querying alike.
 *
 * <p>Accents and case fold ({@code comision} finds {@code Comisión}), plurals and gender reduce with
 * the light Spanish stemmer; no stop words are removed so phrases such as "Consejo General del IEPC"
 * still match word for word.
 */
final class ArchiveAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new ASCIIFoldingFilter(result);
        result = new SpanishLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /**
     * What a fuzzy, wildcard or prefix word is matched as: case and accents folded, not stemmed (it is
     * one word, not text), as Solr derives it from the same chain for its {@code text_archive} field.
     */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

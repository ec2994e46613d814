package org.acervo.web;

import java.nio.file.Path;
import java.util.List;
import org.acervo.index.LiveIndex;
import org.acervo.index.SolrDocumentIndex;
import org.acervo.language.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The Spring MVC application behind {@code acervo serve}: the search, identifier, document and
 * cross-reference pages and their JSON API. Started only by {@code serve}; every other command runs
 * without a web server.
 *
 * <p>The job repository's database and Spring Batch are left out: the web interface only reads the
 * index, and must not lock or create the H2 database an ingest may be using.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
        excludeName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
            "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration"
        })
@ComponentScan(basePackages = {"org.acervo.web", "org.acervo.search", "org.acervo.crossref", "org.acervo.batch"})
public class WebApplication {

    /** The interface's words ({@code messages_es/_en.properties}), shared with the commands. */
    @Bean
    MessageSource messageSource() {
        return Texts.messageSource();
    }

    /** The language of a page: English when the browser asks for it first, else Spanish. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Texts.SPANISH, Texts.ENGLISH));
        resolver.setDefaultLocale(Texts.SPANISH);
        return resolver;
    }

    /** This machine's index, or the cluster's Solr collection when {@code serve --cluster} names one. */
    @Bean(destroyMethod = "close")
    LiveIndex liveIndex(
            @Value("${acervo.data}") String dataDir,
            @Value("${acervo.cluster.solr-urls:}") List<String> solrUrls,
            @Value("${acervo.cluster.solr-collection:}") String collection) {
        return solrUrls.isEmpty() || collection.isBlank()
                ? new LiveIndex(Path.of(dataDir))
                : LiveIndex.of(SolrDocumentIndex.open(solrUrls, collection));
    }
}

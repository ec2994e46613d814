package org.acervo.web;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.acervo.cluster.ClusterFile;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A running web interface over one data directory; closing it stops the server. */
public final class WebServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private WebServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the server on this machine's index in {@code dataDir}. */
    public static WebServer start(Path dataDir, String bind, int port) {
        return start(dataDir, bind, port, Optional.empty());
    }

    /**
     * Starts the server.
     *
     * @param dataDir the data directory whose index is served
     * @param bind    the address to listen on: 127.0.0.1 unless the archivist chose to expose it
     * @param port    the port, 0 for any free one
     * @param solr    the cluster's Solr collection to serve instead of the data directory's index, if any
     */
    public static WebServer start(Path dataDir, String bind, int port, Optional<ClusterFile.Solr> solr) {
        // As command-line arguments, because they must beat application.properties, which keeps every
        // other command off the web ("spring.main.web-application-type=none").
        String[] args = {
            "--spring.main.web-application-type=servlet",
            "--spring.config.name=acervo-web",
            "--acervo.data=" + dataDir,
            "--server.address=" + bind,
            "--server.port=" + port,
            "--acervo.cluster.solr-urls="
                    + solr.map(s -> String.join(",", s.urls())).orElse(""),
            "--acervo.cluster.solr-collection="
                    + solr.map(ClusterFile.Solr::collection).orElse("")
        };
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WebApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of())
                .run(args);
        return new WebServer(context);
    }

    /** The port the server listens on. */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Blocks until the server is stopped (Ctrl-C stops it through Spring's shutdown hook). */
    public void awaitStop() throws InterruptedException {
        while (context.isActive()) {
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

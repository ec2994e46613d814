package acervo.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A 2-node SolrCloud (embedded ZooKeeper + Jetty nodes, all on 127.0.0.1) in this JVM, for trying Acervo's
 * cluster mode and for its integration test. Usage: {@code MiniSolr BASE_DIR [NODES] [SHARDS]}.
 *
 * <p>Writes {@code BASE_DIR/cluster.properties} ({@code solr.urls}, {@code zk.host}, {@code collection}, {@code pid})
 * once the collection is active, and stops on SIGTERM or when {@code BASE_DIR/STOP} appears.
 */
public final class MiniSolr {

    static final String CONFIG = "acervo";
    static final String COLLECTION = "acervo";
    static final String[] CONF_FILES = {"solrconfig.xml", "schema.xml"};

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: MiniSolr BASE_DIR [NODES] [SHARDS]");
            System.exit(2);
        }
        Path base = Path.of(args[0]).toAbsolutePath();
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int shards = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path stop = base.resolve("STOP");
        Path props = base.resolve("cluster.properties");
        Files.createDirectories(base);
        Files.deleteIfExists(stop);
        Files.deleteIfExists(props);

        Path conf = copyConfigset(base.resolve("configset").resolve(CONFIG).resolve("conf"));
        long t0 = System.nanoTime();
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base.resolve("nodes"))
                .addConfig(CONFIG, conf)
                .build();
        AtomicBoolean stopped = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster, props, stopped), "minisolr-stop"));
        long t1 = System.nanoTime();

        CollectionAdminRequest.createCollection(COLLECTION, CONFIG, shards, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(COLLECTION, shards, shards);
        long t2 = System.nanoTime();

        List<String> urls = new ArrayList<>();
        for (JettySolrRunner jetty : cluster.getJettySolrRunners()) {
            urls.add(jetty.getBaseUrl().toString());
        }
        Properties p = new Properties();
        p.setProperty("solr.urls", String.join(",", urls));
        p.setProperty("zk.host", cluster.getZkServer().getZkAddress());
        p.setProperty("collection", COLLECTION);
        p.setProperty("shards", Integer.toString(shards));
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path tmp = base.resolve("cluster.properties.tmp");
        try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "written by acervo.cluster.MiniSolr");
        }
        Files.move(tmp, props, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("MINISOLR READY cluster=%dms collection=%dms uptime=%dms urls=%s zk=%s%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime(), urls, p.getProperty("zk.host"));
        System.out.flush();

        while (!Files.exists(stop)) {
            Thread.sleep(500);
        }
        System.out.println("MINISOLR STOP file seen");
        System.exit(0); // runs the shutdown hook
    }

    private static Path copyConfigset(Path conf) throws IOException {
        Files.createDirectories(conf);
        for (String name : CONF_FILES) {
            String resource = "configsets/" + CONFIG + "/conf/" + name;
            try (InputStream in = MiniSolr.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("missing resource " + resource);
                }
                Files.copy(in, conf.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return conf;
    }

    private static void shutdown(MiniSolrCloudCluster cluster, Path props, AtomicBoolean stopped) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            Files.deleteIfExists(props);
            cluster.shutdown();
            System.out.printf("MINISOLR STOPPED in %dms%n", (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            System.err.println("MINISOLR shutdown failed: " + e);
        }
        System.out.flush();
    }
}

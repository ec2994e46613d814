package acervo.cluster;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * An ActiveMQ Artemis broker (2.43.0, the version Spring Boot 4.0.7 manages) in its own JVM, for Acervo's local
 * cluster. Usage: {@code Broker BASE_DIR PORT}; the user and password come from the environment variables
 * {@code ACERVO_BROKER_USER} and {@code ACERVO_BROKER_PASSWORD}.
 *
 * <p>One acceptor, core protocol, on {@code tcp://127.0.0.1:PORT}; journal under {@code BASE_DIR/data}; writes
 * {@code BASE_DIR/broker.properties} ({@code url}, {@code pid}) once started; stops cleanly on SIGTERM.
 */
public final class Broker {

    static final String ROLE = "acervo";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Broker BASE_DIR PORT   (env ACERVO_BROKER_USER, ACERVO_BROKER_PASSWORD)");
            System.exit(2);
        }
        Path base = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String user = System.getenv("ACERVO_BROKER_USER");
        String password = System.getenv("ACERVO_BROKER_PASSWORD");
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            System.err.println("Broker: set ACERVO_BROKER_USER and ACERVO_BROKER_PASSWORD");
            System.exit(2);
        }
        Path props = base.resolve("broker.properties");
        Files.createDirectories(base);
        Files.deleteIfExists(props);

        Path data = base.resolve("data");
        String url = "tcp://127.0.0.1:" + port;
        Configuration config = new ConfigurationImpl()
                .setName("acervo-local")
                .setPersistenceEnabled(true)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setNodeManagerLockDirectory(data.toString())
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("core", url + "?protocols=CORE");
        // one role that may do everything on every address; only the configured user has it
        config.putSecurityRoles("#", Set.of(new Role(ROLE, true, true, true, true, true, true, true, true, true, true,
                true, true)));

        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser(user, password);
        users.addRole(user, ROLE);
        ActiveMQJAASSecurityManager security = new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users);

        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.setSecurityManager(security);
        broker.start();

        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                Files.deleteIfExists(props);
                broker.stop();
                System.out.printf("BROKER STOPPED in %dms%n", (System.nanoTime() - t0) / 1_000_000);
            } catch (Exception e) {
                System.err.println("BROKER stop failed: " + e);
            }
            System.out.flush();
            done.countDown();
        }, "broker-stop"));

        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path tmp = base.resolve("broker.properties.tmp");
        try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "written by acervo.cluster.Broker");
        }
        Files.move(tmp, props, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("BROKER READY url=%s uptime=%dms%n", url, ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
        done.await();
    }
}

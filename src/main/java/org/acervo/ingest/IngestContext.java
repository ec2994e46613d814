package org.acervo.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring Batch context for one data directory, for the commands that run or inspect jobs. */
public final class IngestContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private IngestContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param dataDir the data directory (index and job repository)
     * @param extra   more {@code acervo.*} properties, e.g. {@code acervo.threads}
     */
    /** H2's system property for the address its TCP servers (the automatic one included) bind to. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    public static IngestContext start(Path dataDir, Map<String, Object> extra) {
        // The job repository is an H2 file that a second process (status during an ingest) reaches
        // through H2's automatic server. That server must listen on this machine only, never on
        // every interface: H2 binds its servers to this address when it is set before they start.
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        QuietLogStatus.forgetPastTrouble();
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("acervo.data", dataDir.toString());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .listeners(new QuietLogStatus())
                .properties(properties)
                .run();
        return new IngestContext(context);
    }

    public IngestRunner runner() {
        return context.getBean(IngestRunner.class);
    }

    public JobHistory history() {
        return context.getBean(JobHistory.class);
    }

    @Override
    public void close() {
        context.close();
    }
}

package org.acervo.ingest;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.acervo.cluster.ClusterFile;
import org.acervo.cluster.ClusterOption;
import org.acervo.document.DataDirOption;
import org.acervo.extraction.OcrOption;
import org.acervo.language.BadArgument;
import org.acervo.language.LanguageOption;
import org.acervo.language.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code acervo worker --cluster FILE}: runs the partitions a cluster's ingests send, until stopped. The
 * files must be where the manager saw them (storage every machine mounts at the same path).
 */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = "Run the partitions of a cluster's ingests (see cluster/README.md) until stopped.")
public final class WorkerCommand implements Callable<Integer> {

    @Mixin
    private ClusterOption cluster;

    @Mixin
    private DataDirOption data;

    @Mixin
    private LanguageOption language;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Partitions run at once, each reading one file at a time (default: the number of cores).")
    private Integer threads;

    @Mixin
    private OcrOption ocr;

    @Mixin
    private TimeoutOption timeout;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClusterFile file = cluster.read().orElseThrow(() -> new BadArgument("error.workerNeedsCluster"));
        Texts texts = language.texts();
        int n = Options.threads(spec, threads == null ? IngestRequest.defaultThreads() : threads);
        Map<String, Object> properties = new HashMap<>(file.springProperties(ClusterFile.WORKER, System::getenv));
        properties.put("acervo.threads", n);
        properties.put("acervo.ocr", ocr.mode().name());
        properties.put("acervo.timeout-seconds", timeout.seconds());
        properties.put("acervo.lang", texts.locale().getLanguage());
        PrintWriter out = spec.commandLine().getOut();
        try (IngestContext context = IngestContext.start(data.resolve(), properties)) {
            boolean reached = context.awaitBroker(() -> {
                out.println(texts.get("worker.waitingForBroker", file.broker().url()));
                out.flush();
            });
            if (reached) {
                out.println(texts.get("worker.ready", n, file.broker().url()));
                out.flush();
            }
            // Stopped by a signal: the JVM's shutdown closes the context (a partition under way is left to
            // the broker, which hands it to another worker).
            context.awaitClose();
        }
        out.println(texts.get("worker.stopped"));
        out.flush();
        return 0;
    }
}

package org.acervo.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --cluster FILE} option of the commands that can run on a cluster; falls back to
 * {@code ACERVO_CLUSTER}. Without either, everything runs on this machine as before.
 */
public final class ClusterOption {

    @Option(
            names = "--cluster",
            paramLabel = "FILE",
            descriptionKey = "cluster",
            description =
                    "Cluster file (job repository, broker, Solr; see cluster/README.md). Default: $ACERVO_CLUSTER,"
                            + " else this machine alone.")
    private Path file;

    /** The cluster file given, read; empty when the command runs on this machine alone. */
    public Optional<ClusterFile> read() throws IOException {
        Path chosen = file;
        if (chosen == null) {
            String env = System.getenv("ACERVO_CLUSTER");
            if (env == null || env.isBlank()) {
                return Optional.empty();
            }
            chosen = Path.of(env);
        }
        return Optional.of(ClusterFile.read(chosen));
    }
}

package org.acervo.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.acervo.index.ArchiveIndex;
import org.acervo.index.IndexSnapshot;
import org.acervo.index.SolrDocumentIndex;
import picocli.CommandLine.Option;

/**
 * The {@code --cluster FILE} option of the commands that can run on a cluster; falls back to
 * {@code ACERVO_CLUSTER}, then to an {@code acervo.yaml} in the working folder. Without any, everything runs on
 * this machine as before.
 */
public final class ClusterOption {

    /** The cluster file a working folder may hold, read when neither the option nor the variable names one. */
    static final String HERE = "acervo.yaml";

    @Option(
            names = "--cluster",
            paramLabel = "FILE",
            descriptionKey = "cluster",
            description =
                    "Cluster file (job repository, broker, Solr; see cluster/README.md). Default: $ACERVO_CLUSTER,"
                            + " else acervo.yaml in the working folder, else this machine alone.")
    private Path file;

    /**
     * The archive the command reads: the cluster's Solr collection when a cluster file is given, else the
     * index in {@code dataDir}.
     */
    public ArchiveIndex openIndex(Path dataDir) throws IOException {
        return openIndex(read(), dataDir);
    }

    /** The cluster's Solr collection when there is a cluster, else the index in {@code dataDir}. */
    public static ArchiveIndex openIndex(Optional<ClusterFile> cluster, Path dataDir) throws IOException {
        if (cluster.isPresent()) {
            ClusterFile.Solr solr = cluster.get().solr();
            return SolrDocumentIndex.open(solr.urls(), solr.collection());
        }
        return IndexSnapshot.open(dataDir);
    }

    /**
     * The cluster file given, read; empty when the command runs on this machine alone. The option first, then
     * {@code $ACERVO_CLUSTER}, then an {@code acervo.yaml} in the working folder.
     */
    public Optional<ClusterFile> read() throws IOException {
        return read(Path.of(""), System::getenv);
    }

    /** {@link #read()} from a working folder and an environment. */
    Optional<ClusterFile> read(Path workingFolder, UnaryOperator<String> env) throws IOException {
        Path chosen = file;
        if (chosen == null) {
            String named = env.apply("ACERVO_CLUSTER");
            if (named != null && !named.isBlank()) {
                chosen = Path.of(named);
            } else if (Files.isRegularFile(workingFolder.resolve(HERE))) {
                chosen = workingFolder.resolve(HERE);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(ClusterFile.read(chosen));
    }
}

package org.acervo.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.acervo.document.DocumentId;
import org.acervo.document.FileStamp;
import org.acervo.extraction.ExtractionFailure;
import org.acervo.index.DocumentIndex;

/**
 * What the last finished run left, kept beside the job repository ({@code jobs/settled-run}) for
 * {@link UnchangedRun}: every indexed path with its content, its file's stamp and whether the job would
 * read it again; the runs the job repository holds unfinished; and the stamp of the index commit it
 * describes ({@link org.acervo.index.CommitStamp}). An ingest deletes it when it takes the index and
 * writes it when its job completed, so it exists only while no run has begun since, and it describes
 * the index only while the index's last commit is the one it names.
 */
final class SettledRun {

    /** What the job would make of a path whose file is unchanged. */
    enum State {
        /** Indexed: unchanged. */
        INDEXED,
        /** Failed for its content (encrypted, damaged): unchanged, unless every failure is read again. */
        FAILED,
        /** Failed for a limit or an accident (timed out): read again. */
        RETRIED,
        /** Could not be read at all, recorded under its path: tried again on every run. */
        UNREADABLE
    }

    /** An indexed path: its content, its file's stamp (null for a member of a container, or a file not stamped), its state. */
    record Entry(String sha256, FileStamp stamp, State state) {}

    private static final String MAGIC = "acervo settled run 1";

    private final FileStamp commit;
    private final long lastExecution;
    private final Set<String> unfinished;
    private final Map<String, Entry> paths;

    SettledRun(FileStamp commit, long lastExecution, Set<String> unfinished, Map<String, Entry> paths) {
        this.commit = commit;
        this.lastExecution = lastExecution;
        this.unfinished = Collections.unmodifiableSet(new TreeSet<>(unfinished));
        this.paths = Collections.unmodifiableMap(new TreeMap<>(paths));
    }

    /** What the index holds now, after its last commit, whose stamp is {@code commit}. */
    static SettledRun of(DocumentIndex index, FileStamp commit, long lastExecution, Set<String> unfinished)
            throws IOException {
        Map<String, Entry> paths = new TreeMap<>();
        for (Map.Entry<String, String> path : index.paths().entrySet()) {
            String sha = path.getValue();
            State state = index.failureReason(sha)
                    .map(reason -> DocumentId.isByPath(sha)
                            ? State.UNREADABLE
                            : ExtractionFailure.isRetried(reason) ? State.RETRIED : State.FAILED)
                    .orElse(State.INDEXED);
            FileStamp stamp = index.stampOf(path.getKey()).map(s -> s.stamp()).orElse(null);
            paths.put(path.getKey(), new Entry(sha, stamp, state));
        }
        return new SettledRun(commit, lastExecution, unfinished, paths);
    }

    /** What makes two runs the same run, as {@code IngestRunner} compares them: the inputs and the globs. */
    static String key(String inputs, String include, String exclude) {
        return DocumentId.sha256(inputs + '\0' + include + '\0' + exclude).substring(0, 16);
    }

    static String key(IngestRequest request) {
        return key(request.joinedInputs(), request.joinedInclude(), request.joinedExclude());
    }

    FileStamp commit() {
        return commit;
    }

    long lastExecution() {
        return lastExecution;
    }

    /** Whether the job repository holds an unfinished run of these inputs, for the job to resume. */
    boolean unfinished(String key) {
        return unfinished.contains(key);
    }

    /** Every indexed path, members of containers included, in order. */
    Map<String, Entry> paths() {
        return paths;
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(IngestContext.JOBS).resolve("settled-run");
    }

    /** A run has begun: until it finishes, no re-run is answered without the job. */
    static void forget(Path dataDir) throws IOException {
        Files.deleteIfExists(file(dataDir));
    }

    /** Written aside and moved over the old one: a crash leaves none, or a whole one. */
    void write(Path dataDir) throws IOException {
        Path target = file(dataDir);
        Path aside = target.resolveSibling(target.getFileName() + ".tmp");
        CRC32 crc = new CRC32();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(aside), 1 << 16)) {
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(file, crc));
            out.writeUTF(MAGIC);
            writeStamp(out, commit);
            out.writeLong(lastExecution);
            out.writeInt(unfinished.size());
            for (String key : unfinished) {
                out.writeUTF(key);
            }
            out.writeInt(paths.size());
            for (Map.Entry<String, Entry> path : paths.entrySet()) {
                out.writeUTF(path.getKey());
                out.writeUTF(path.getValue().sha256());
                out.writeByte(path.getValue().state().ordinal());
                out.writeBoolean(path.getValue().stamp() != null);
                if (path.getValue().stamp() != null) {
                    writeStamp(out, path.getValue().stamp());
                }
            }
            out.flush();
            // The checksum of all before it, written outside the sum: a torn or damaged file is not trusted.
            new DataOutputStream(file).writeLong(crc.getValue());
        }
        try {
            Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The settled run of a data directory; empty when there is none, or one that cannot be read whole. */
    static Optional<SettledRun> read(Path dataDir) {
        CRC32 crc = new CRC32();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(file(dataDir)), 1 << 16)) {
            DataInputStream in = new DataInputStream(new CheckedInputStream(file, crc));
            if (!MAGIC.equals(in.readUTF())) {
                return Optional.empty();
            }
            FileStamp commit = readStamp(in);
            long lastExecution = in.readLong();
            Set<String> unfinished = new TreeSet<>();
            for (int i = in.readInt(); i > 0; i--) {
                unfinished.add(in.readUTF());
            }
            Map<String, Entry> paths = new TreeMap<>();
            State[] states = State.values();
            for (int i = in.readInt(); i > 0; i--) {
                String path = in.readUTF();
                String sha = in.readUTF();
                State state = states[in.readByte()];
                paths.put(path, new Entry(sha, in.readBoolean() ? readStamp(in) : null, state));
            }
            long sum = crc.getValue();
            if (new DataInputStream(file).readLong() != sum || file.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new SettledRun(commit, lastExecution, unfinished, paths));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Damaged or from another version: the job runs, and writes a new one when it completes.
            return Optional.empty();
        }
    }

    private static void writeStamp(DataOutputStream out, FileStamp stamp) throws IOException {
        out.writeUTF(stamp.toString());
    }

    private static FileStamp readStamp(DataInputStream in) throws IOException {
        return FileStamp.parse(in.readUTF());
    }
}

package org.acervo.ingest;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files of one partition in path order. The last committed path is saved with each chunk,
 * so a restarted run goes on after it rather than starting over. A checkpoint by path, not by count,
 * stays right when files were added or removed while the job was down: no file that exists at both
 * times is skipped or read twice.
 */
class SourceFileReader implements ItemStreamReader<Path> {

    static final String LAST_PATH = "sourceFileReader.lastPath";

    private final SourceFiles sources;
    private final int partition;
    private final int partitions;
    private List<Path> files;
    private int next;
    private Path lastRead;

    SourceFileReader(SourceFiles sources, int partition, int partitions) {
        this.sources = sources;
        this.partition = partition;
        this.partitions = partitions;
    }

    @Override
    public void open(ExecutionContext context) {
        files = sources.list().stream()
                .filter(file -> SourceFiles.partitionOf(file, partitions) == partition)
                .toList();
        next = 0;
        if (context.containsKey(LAST_PATH)) {
            Path last = Path.of(context.getString(LAST_PATH));
            while (next < files.size() && files.get(next).compareTo(last) <= 0) {
                next++;
            }
            lastRead = last;
        }
    }

    @Override
    public Path read() {
        if (next >= files.size()) {
            return null;
        }
        lastRead = files.get(next++);
        return lastRead;
    }

    /** Called at each chunk commit, after the chunk's items were read and written. */
    @Override
    public void update(ExecutionContext context) {
        if (lastRead != null) {
            context.putString(LAST_PATH, lastRead.toString());
        }
    }

    @Override
    public void close() {
        files = null;
    }

    /** How many files this partition holds; for progress. */
    int size() {
        return files == null ? 0 : files.size();
    }
}

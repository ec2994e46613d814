package org.acervo.ingest;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the files of one partition in a stable order. Its position is saved with each chunk, so a
 * restarted run goes on from the last committed file instead of starting over.
 */
class SourceFileReader extends AbstractItemCountingItemStreamItemReader<Path> {

    private final SourceFiles sources;
    private final int partition;
    private final int partitions;
    private List<Path> files;
    private int next;

    SourceFileReader(SourceFiles sources, int partition, int partitions) {
        this.sources = sources;
        this.partition = partition;
        this.partitions = partitions;
        setName("sourceFileReader");
    }

    @Override
    protected void doOpen() {
        files = sources.list().stream()
                .filter(file -> SourceFiles.partitionOf(file, partitions) == partition)
                .toList();
        next = 0;
    }

    @Override
    protected Path doRead() {
        return next < files.size() ? files.get(next++) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, files.size());
    }

    @Override
    protected void doClose() {
        files = null;
    }
}

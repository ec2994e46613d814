package org.acervo.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the input files into {@code gridSize} partitions by a stable hash of their path. Each worker
 * step lists the inputs itself and keeps its share, so a partition's context is two numbers and the
 * same split works for remote workers that share the file system.
 */
final class FilePartitioner implements Partitioner {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, i);
            context.putInt(PARTITIONS, gridSize);
            contexts.put("partition" + i, context);
        }
        return contexts;
    }
}

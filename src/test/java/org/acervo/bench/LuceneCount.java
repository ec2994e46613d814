package org.acervo.bench;

import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The least a command that reads the index must do: start a JVM, open the Lucene index and count
 * its documents. The yardstick of "commands that answer at once" (bench/commands-bench.sh).
 *
 * <p>Usage: {@code LuceneCount INDEX_DIR}
 */
public final class LuceneCount {

    private LuceneCount() {}

    public static void main(String[] args) throws Exception {
        try (FSDirectory directory = FSDirectory.open(Path.of(args[0]));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            System.out.println(reader.numDocs());
        }
    }
}

package org.acervo.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.acervo.language.Texts;

/**
 * What {@code run} and {@code ingest} print after the run's summary, from the index the run left: the
 * cross-reference table, which the root of the command line wires in (ingest does not use crossref).
 */
@FunctionalInterface
public interface ClosingReport {

    void print(Path dataDir, PrintWriter out, Texts texts) throws IOException;
}

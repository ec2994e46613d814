package org.acervo.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Sets up logging the way {@code logback.xml} does (library logs and stack traces to {@code acervo.log},
 * nothing on the console), without reading XML: a command that only reads the index starts in a
 * fraction of a second, and parsing the XML took a good part of it. Logback finds this class through
 * {@code META-INF/services}; a Spring context started later (ingest, serve) configures logging again
 * from {@code logback.xml}, which says the same ({@code LogFileTest} holds the two together).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogFile extends ContextAwareBase implements Configurator {

    /** The layout of every line, as in {@code logback.xml}. */
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(location());
        file.setEncoder(encoder);
        file.start();
        // PDFBox warns about every odd font and glyph of a scanned PDF: only its errors are worth a line.
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code acervo.log} in the data directory, set by the command line before the first logger; the temporary folder otherwise. */
    static String location() {
        String file = System.getProperty("acervo.log.file");
        return file != null ? file : System.getProperty("java.io.tmpdir") + "/acervo.log";
    }
}

package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging set up without XML says what {@code logback.xml} says, which Spring contexts read again. */
class LogFileTest {

    private String previous;

    @BeforeEach
    void logFile() {
        previous = System.getProperty("acervo.log.file");
        System.setProperty("acervo.log.file", "/tmp/acervo-logfile-test/acervo.log");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("acervo.log.file");
        } else {
            System.setProperty("acervo.log.file", previous);
        }
    }

    @Test
    void logFileAndLogbackXmlAgree() throws Exception {
        LoggerContext programmatic = new LoggerContext();
        LogFile logFile = new LogFile();
        logFile.setContext(programmatic);
        logFile.configure(programmatic);
        LoggerContext xml = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(xml);
        joran.doConfigure(LogFileTest.class.getResource("/logback.xml"));

        for (String logger :
                List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "org.apache.pdfbox", "org.apache.fontbox", "org.acervo")) {
            assertThat(programmatic.getLogger(logger).getEffectiveLevel())
                    .as(logger)
                    .isEqualTo(xml.getLogger(logger).getEffectiveLevel());
        }
        assertThat(programmatic.getLogger("org.apache.pdfbox").getLevel()).isEqualTo(Level.ERROR);
        FileAppender<ILoggingEvent> file = onlyFileAppender(programmatic);
        FileAppender<ILoggingEvent> fromXml = onlyFileAppender(xml);
        assertThat(file.getFile()).isEqualTo(fromXml.getFile()).isEqualTo("/tmp/acervo-logfile-test/acervo.log");
        assertThat(((PatternLayoutEncoder) file.getEncoder()).getPattern())
                .isEqualTo(((PatternLayoutEncoder) fromXml.getEncoder()).getPattern());
        programmatic.stop();
        xml.stop();
    }

    private static FileAppender<ILoggingEvent> onlyFileAppender(LoggerContext context) {
        List<Appender<ILoggingEvent>> appenders = new java.util.ArrayList<>();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .iteratorForAppenders()
                .forEachRemaining(appenders::add);
        assertThat(appenders).hasSize(1).first().isInstanceOf(FileAppender.class);
        return (FileAppender<ILoggingEvent>) appenders.get(0);
    }
}

package org.acervo.ingest;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Keeps logback's own troubles off the console. Spring Boot prints logback's warnings and errors to
 * standard error, each with a stack trace; when the disk of {@code acervo.log} is full, every log line
 * that cannot be written became a stack trace on the archivist's screen. The run says in one sentence
 * what happened instead ({@code DiskFullException}).
 *
 * <p>It also keeps a full disk from stopping Spring Boot: Boot refuses to start when logback has
 * recorded an error by the end of its set-up, and a log line that could not be written, or a log file
 * that could not be flushed when Boot closed it, is such an error. {@link #forgetPastTrouble()} closes
 * the log and forgets those before Boot sets logging up again.
 */
final class QuietLogStatus implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            StatusManager status = logback.getStatusManager();
            status.getCopyOfStatusListenerList().stream()
                    .filter(OnConsoleStatusListener.class::isInstance)
                    .forEach(status::remove);
        }
    }

    /** Closes the log file now and forgets logback's errors so far; Boot opens the log again as it starts. */
    static void forgetPastTrouble() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.reset();
            logback.getStatusManager().clear();
        }
    }

    /** Right after Spring Boot has set logging up, and added its console listener. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}

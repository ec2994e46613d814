package org.acervo.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.acervo.language.Texts;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The page for requests Tomcat turns away before the application sees them (a character an address
 * may not hold, broken percent-encoding, {@code ..} encoded in a path): a sentence in the site's
 * language instead of Tomcat's bare "HTTP Status 400".
 *
 * <p>Tomcat writes those answers with its host's error report valve; this replaces that valve (the
 * one Spring Boot installs included) with one writing a short page of the site's own. Errors the
 * application answers itself ({@code WebErrors}) are committed before it and left as they are.
 */
@Component
class RejectedRequestPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers((TomcatContextCustomizer) context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(Report.class.getName());
            }
            host.getPipeline().addValve(new Report());
        });
    }

    /** After Spring Boot's own customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Writes the sentence; no server name, no exception, nothing from the request echoed back. */
    static final class Report extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable error) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            // No Accept-Language: Spanish, whatever the server's own language (Tomcat would give its default).
            Texts texts = Texts.of(request.getHeader("Accept-Language") == null ? Texts.SPANISH : request.getLocale());
            String sentence = status == 400 ? texts.get("error.rejected") : texts.get("error.notServed", status);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"" + texts.locale().getLanguage()
                            + "\"><head><meta charset=\"utf-8\"><title>"
                            + status + " · Acervo</title></head><body><h1>" + status + "</h1><p>" + sentence
                            + "</p><p><a href=\"/\">" + texts.get("error.back") + "</a></p></body></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client went away: nothing to answer.
            }
        }
    }
}

package org.acervo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every response of {@code acervo serve}: requests for another host name are refused, and
 * every response tells the browser to run no script, load nothing from elsewhere and never frame the
 * page.
 *
 * <p>The server has no login: it is meant for the archivist's own machine. A web page elsewhere can
 * still make the browser send requests to 127.0.0.1 under a host name it controls (DNS rebinding), so
 * the {@code Host} header must name the bound address, {@code localhost}, {@code 127.0.0.1} or {@code [::1]} (and
 * any host in {@code acervo.allowed-hosts}). A server bound to every interface ({@code --bind
 * 0.0.0.0}) was exposed on purpose and checks no host name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebGuard extends OncePerRequestFilter {

    /**
     * Pages are server-rendered: styles inline, images and forms from here only, and no script but
     * the server's own files ({@code /keys.js}, the {@code /} key): nothing inline, nothing from elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
                    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Set<String> allowedHosts = new TreeSet<>();
    private final boolean anyHost;

    WebGuard(@Value("${server.address:127.0.0.1}") String bound, @Value("${acervo.allowed-hosts:}") String configured) {
        this.anyHost = isWildcard(bound);
        allowedHosts.add("localhost");
        allowedHosts.add("127.0.0.1");
        allowedHosts.add("[::1]");
        allowedHosts.add(bound.toLowerCase(Locale.ROOT));
        for (String host : configured.split(",")) {
            if (!host.isBlank()) {
                allowedHosts.add(host.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!anyHost && !allowedHosts.contains(hostName(request.getHeader("Host")))) {
            response.sendError(
                    HttpServletResponse.SC_FORBIDDEN,
                    "este servidor solo atiende a " + String.join(", ", allowedHosts) + " (host no permitido)");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The host name of a {@code Host} header, without its port; empty when there is none. */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String host = header.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static boolean isWildcard(String bound) {
        try {
            return InetAddress.getByName(bound).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package org.acervo.web;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acervo.cluster.ClusterFile;
import org.acervo.cluster.ClusterOption;
import org.acervo.document.DataDirOption;
import org.acervo.language.CannotRun;
import org.acervo.language.LanguageOption;
import org.springframework.boot.web.server.PortInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code acervo serve}: the web interface, on this machine only unless {@code --bind} says otherwise. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the web interface: search, identifiers, documents and cross-reference tables,",
            "with a JSON API under /api/. Listens on 127.0.0.1 only unless --bind is given."
        })
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Mixin
    private ClusterOption cluster;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "Port to listen on (default: 8080).")
    private int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description =
                    "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 exposes it to the network).")
    private String bind;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), language.texts().get("serve.port", port));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!isLoopback(bind)) {
            spec.commandLine().getErr().println("acervo: " + language.texts().get("serve.exposed", bind));
            spec.commandLine().getErr().flush();
        }
        Optional<ClusterFile> onCluster = cluster.read();
        WebServer started;
        try {
            started = WebServer.start(data.resolve(), bind, port, onCluster.map(ClusterFile::solr));
        } catch (RuntimeException e) {
            if (portInUse(e)) {
                throw new CannotRun("error.portInUse", port, bind);
            }
            throw e;
        }
        try (WebServer server = started) {
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            String address = "http://" + host + ":" + server.port() + "/";
            out.println(
                    onCluster.isPresent()
                            ? language.texts()
                                    .get(
                                            "serve.startedCluster",
                                            address,
                                            onCluster.get().file())
                            : language.texts().get("serve.started", address, data.resolve()));
            out.flush();
            server.awaitStop();
        }
        return 0;
    }

    /** Whether {@code bind} is this machine only (127.0.0.1, ::1, localhost). */
    static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether starting failed because the port is taken, however deep Spring wrapped the cause. */
    private static boolean portInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException || cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}

package org.acervo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.acervo.batch.BatchRow;
import org.acervo.fixtures.SmallArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-kept OpenAPI description against the controllers: every {@code /api/} mapping is described,
 * nothing else is, and the server hands it out at {@code /v3/api-docs} instead of failing there.
 */
class OpenApiDescriptionTest {

    private static final Set<String> OPERATIONS = Set.of("get", "post", "put", "patch", "delete");

    private static JsonNode description() throws Exception {
        try (InputStream in = OpenApiDescriptionTest.class.getResourceAsStream(ApiDescription.RESOURCE)) {
            return YAMLMapper.builder().build().readTree(in);
        }
    }

    /** "GET /api/id/{identifier}" for every operation of the description. */
    private static Set<String> described(JsonNode description) {
        Set<String> found = new TreeSet<>();
        for (String path : description.get("paths").propertyNames()) {
            for (String method : description.get("paths").get(path).propertyNames()) {
                if (OPERATIONS.contains(method)) {
                    found.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return found;
    }

    /** "GET /api/id/{identifier}" for every /api/ mapping of every controller of Acervo ({*rest} read as {rest}). */
    private static Set<String> mapped() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<String> found = new TreeSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.acervo")) {
            Class<?> controller = Class.forName(bean.getBeanClassName());
            RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            String prefix = onClass == null || onClass.path().length == 0 ? "" : onClass.path()[0];
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                List<RequestMethod> methods =
                        mapping.method().length == 0 ? List.of(RequestMethod.GET) : List.of(mapping.method());
                for (String path : mapping.path()) {
                    String full = (prefix + path).replaceAll("\\{\\*(\\w+)}", "{$1}");
                    if (full.startsWith("/api/")) {
                        methods.forEach(m -> found.add(m.name() + " " + full));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyApiMappingIsDescribedAndNothingElse() throws Exception {
        Set<String> mapped = mapped();

        assertThat(mapped).as("the scan finds the controllers").contains("GET /api/search", "POST /api/batch");
        assertThat(described(description())).isEqualTo(mapped);
    }

    @Test
    void theBatchRowIsDescribedKeyByKey() throws Exception {
        JsonNode row = description().get("components").get("schemas").get("BatchRow");
        List<String> keys = new ArrayList<>(row.get("properties").propertyNames());

        assertThat(keys).isEqualTo(BatchRow.KEYS);
        assertThat(description().get("openapi").asString()).startsWith("3.1");
    }

    @Test
    void theServerHandsItOutAsJsonAndYaml(@TempDir Path data) throws Exception {
        SmallArchive.build(data);
        try (WebServer server = WebServer.start(data, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> json = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v3/api-docs"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> yaml = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v3/api-docs.yaml"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            JsonNode served = JsonMapper.builder().build().readTree(json.body());
            assertThat(served).isEqualTo(description());
            assertThat(yaml.statusCode()).isEqualTo(200);
            assertThat(yaml.body()).contains("openapi: 3.1.0", "/api/batch:");
        }
    }
}

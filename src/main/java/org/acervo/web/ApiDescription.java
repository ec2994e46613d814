package org.acervo.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI description of {@code /api/*}, at {@code /v3/api-docs} (JSON) and {@code /v3/api-docs.yaml},
 * where springdoc would serve it and tools look for it.
 *
 * <p>Kept by hand in {@code openapi.yaml} rather than generated: the API answers maps built to a
 * documented shape, which a generator would describe as "object"; the file says each key, and
 * {@code OpenApiDescriptionTest} holds it to the controllers' mappings. Read once, at start.
 */
@Controller
class ApiDescription {

    static final String RESOURCE = "/org/acervo/web/openapi.yaml";

    private final String yaml;
    private final String json;

    ApiDescription() throws IOException {
        try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode tree = YAMLMapper.builder().build().readTree(yaml);
        json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    @GetMapping("/v3/api-docs")
    ResponseEntity<String> json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    @GetMapping("/v3/api-docs.yaml")
    ResponseEntity<String> yaml() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .body(yaml);
    }
}

package org.cxworkbench.web.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of a request body, as the OpenAPI document shows it: a JSON object with named properties, each
 * described in a few words, or raw bytes. Built where the route is declared, so that the route and the description of its
 * body stay together.
 *
 * <pre>
 * BodySchema.object().text("id", "the file name without .cxs", true).text("name", "the strategy's name", false)
 * </pre>
 */
public final class BodySchema {

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final boolean binary;

    private BodySchema(boolean binary) {
        this.binary = binary;
    }

    /** An empty object schema. */
    public static BodySchema object() {
        return new BodySchema(false);
    }

    /** A raw body of bytes (an uploaded file), not JSON. */
    public static BodySchema binary() {
        return new BodySchema(true);
    }

    /** The media type of the body: {@code application/json}, or {@code application/octet-stream} for raw bytes. */
    public String mediaType() {
        return binary ? "application/octet-stream" : "application/json";
    }

    /** A text property. */
    public BodySchema text(String name, String description, boolean isRequired) {
        return property(name, Map.of("type", "string", "description", description), isRequired);
    }

    /** A whole number property. */
    public BodySchema integer(String name, String description, boolean isRequired) {
        return property(name, Map.of("type", "integer", "description", description), isRequired);
    }

    /** A true/false property. */
    public BodySchema flag(String name, String description) {
        return property(name, Map.of("type", "boolean", "description", description), false);
    }

    /** A list of texts. */
    public BodySchema texts(String name, String description, boolean isRequired) {
        return property(name, Map.of("type", "array", "items", Map.of("type", "string"), "description", description),
                isRequired);
    }

    /** An object of names to texts, e.g. {@code {"NPS": "Q1"}}. */
    public BodySchema textMap(String name, String description, boolean isRequired) {
        return property(name, Map.of("type", "object", "additionalProperties", Map.of("type", "string"),
                "description", description), isRequired);
    }

    /**
     * An object of field names to values: a text, number or true/false, or a list of them ({@code null}, {@code ""}
     * or {@code []} clears the field in an update).
     */
    public BodySchema values(String name, String description, boolean isRequired) {
        Map<String, Object> scalar = Map.of("oneOf", List.of(Map.of("type", "string"), Map.of("type", "number"),
                Map.of("type", "boolean")));
        Map<String, Object> value = Map.of("oneOf", List.of(scalar, Map.of("type", "array", "items", scalar)),
                "nullable", true);
        return property(name, Map.of("type", "object", "additionalProperties", value, "description", description),
                isRequired);
    }

    /** The schema as a JSON-ready map. */
    public Map<String, Object> toMap() {
        if (binary) {
            return Map.of("type", "string", "format", "binary");
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        return schema;
    }

    private BodySchema property(String name, Map<String, Object> schema, boolean isRequired) {
        properties.put(name, schema);
        if (isRequired) {
            required.add(name);
        }
        return this;
    }
}

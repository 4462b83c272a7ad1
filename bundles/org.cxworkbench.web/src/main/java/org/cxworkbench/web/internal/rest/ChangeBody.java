package org.cxworkbench.web.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.web.internal.http.ApiError;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The parts of a request body that describe a change of an element, as the EntityEditor takes them:
 * {@code values} (field name to a text, number, boolean or a list of them; {@code null}, {@code ""} or
 * {@code []} is an empty list, which an update reads as "clear this field"), {@code parent} (parent option
 * to the parent's id) and, for a move, {@code position}.
 */
final class ChangeBody {

    private ChangeBody() {
    }

    static Map<String, List<String>> values(JsonObject body) throws ApiError {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!body.has("values") || body.get("values").isJsonNull()) {
            return values;
        }
        if (!body.get("values").isJsonObject()) {
            throw ApiError.badRequest("'values' must be an object of field names to values");
        }
        for (Map.Entry<String, JsonElement> entry : body.getAsJsonObject("values").entrySet()) {
            List<String> texts = new ArrayList<>();
            JsonElement value = entry.getValue();
            if (value.isJsonArray()) {
                for (JsonElement item : value.getAsJsonArray()) {
                    texts.add(scalar(entry.getKey(), item));
                }
            } else if (!value.isJsonNull()) {
                texts.add(scalar(entry.getKey(), value));
            }
            texts.removeIf(String::isBlank);
            values.put(entry.getKey(), texts);
        }
        return values;
    }

    static Map<String, String> parent(JsonObject body) throws ApiError {
        Map<String, String> parent = new LinkedHashMap<>();
        if (body.has("parent") && !body.get("parent").isJsonNull()) {
            if (!body.get("parent").isJsonObject()) {
                throw ApiError.badRequest("'parent' must be an object like {\"journey\": \"journey-1\"}");
            }
            for (Map.Entry<String, JsonElement> entry : body.getAsJsonObject("parent").entrySet()) {
                if (!entry.getValue().isJsonNull() && !scalar(entry.getKey(), entry.getValue()).isBlank()) {
                    parent.put(entry.getKey(), entry.getValue().getAsString().strip());
                }
            }
        }
        return parent;
    }

    /**
     * Where a move puts an element: {@code null} when the body has no {@code parent} (keep the parent), an empty
     * map for {@code "parent": {}} (the top level), else the new parent.
     */
    static Map<String, String> destination(JsonObject body) throws ApiError {
        if (!body.has("parent") || body.get("parent").isJsonNull()) {
            return null;
        }
        return parent(body);
    }

    /** The 1-based {@code position} of a move, or {@code null} when none is given. */
    static Integer position(JsonObject body) throws ApiError {
        if (!body.has("position") || body.get("position").isJsonNull()) {
            return null;
        }
        JsonElement position = body.get("position");
        try {
            if (position.isJsonPrimitive() && position.getAsJsonPrimitive().isNumber()) {
                return position.getAsBigDecimal().intValueExact();
            }
        } catch (ArithmeticException notWhole) {
            // refused below
        }
        throw ApiError.badRequest("'position' must be a whole number, 1 for the first place, not " + position);
    }

    /**
     * The fields an update clears: those named in {@code clear}, and those given an empty value, which are
     * taken out of {@code values}.
     */
    static Set<String> cleared(JsonObject body, Map<String, List<String>> values) {
        Set<String> cleared = new LinkedHashSet<>();
        if (body.has("clear") && body.get("clear").isJsonArray()) {
            body.getAsJsonArray("clear").forEach(e -> cleared.add(e.getAsString()));
        }
        values.entrySet().removeIf(e -> e.getValue().isEmpty() && cleared.add(e.getKey()));
        return cleared;
    }

    private static String scalar(String field, JsonElement value) throws ApiError {
        if (!value.isJsonPrimitive()) {
            throw ApiError.badRequest("'" + field + "' must be a text, number or true/false (or a list of them)");
        }
        return value.getAsString();
    }
}

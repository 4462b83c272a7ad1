package org.cxworkbench.web.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reads fields of JSON request bodies; a wrong type is a 422 naming the field. */
public final class Bodies {

    private Bodies() {
    }

    /** A text field; {@code null}, missing or blank is empty. */
    public static Optional<String> text(JsonObject body, String field) throws ApiError {
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            throw new ApiError(422, "'" + field + "' must be a text");
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A required text field. */
    public static String required(JsonObject body, String field) throws ApiError {
        return text(body, field).orElseThrow(() -> new ApiError(422, "'" + field + "' is required"));
    }

    /** A true/false field, {@code false} when missing. */
    public static boolean flag(JsonObject body, String field) throws ApiError {
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw new ApiError(422, "'" + field + "' must be true or false");
        }
        return value.getAsBoolean();
    }

    /** An object of texts, in order; entries with blank values are left out. */
    public static Map<String, String> texts(JsonObject body, String field) throws ApiError {
        Map<String, String> texts = new LinkedHashMap<>();
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            return texts;
        }
        if (!value.isJsonObject()) {
            throw new ApiError(422, "'" + field + "' must be an object of names to texts");
        }
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            JsonElement v = entry.getValue();
            if (v.isJsonNull()) {
                continue;
            }
            if (!v.isJsonPrimitive()) {
                throw new ApiError(422, "'" + field + "." + entry.getKey() + "' must be a text");
            }
            if (!v.getAsString().isBlank()) {
                texts.put(entry.getKey().strip(), v.getAsString().strip());
            }
        }
        return texts;
    }

    /** A list of texts; a single text is a list of one. */
    public static List<String> list(JsonObject body, String field) throws ApiError {
        List<String> list = new ArrayList<>();
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            return list;
        }
        if (value.isJsonPrimitive()) {
            list.add(value.getAsString().strip());
        } else if (value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                if (!item.isJsonPrimitive()) {
                    throw new ApiError(422, "'" + field + "' must be a list of texts");
                }
                list.add(item.getAsString().strip());
            }
        } else {
            throw new ApiError(422, "'" + field + "' must be a list of texts");
        }
        list.removeIf(String::isEmpty);
        return list;
    }
}

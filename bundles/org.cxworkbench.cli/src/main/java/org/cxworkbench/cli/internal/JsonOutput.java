package org.cxworkbench.cli.internal;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Turns command results (maps, lists, records, enums, numbers) into JSON. Non-finite numbers become
 * {@code null}, so the output is always valid JSON.
 */
final class JsonOutput {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().create();

    private JsonOutput() {
    }

    static String toJson(Object value) {
        return GSON.toJson(toElement(value));
    }

    static JsonElement toElement(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonElement element) {
            return element;
        }
        if (value instanceof Optional<?> optional) {
            return toElement(optional.orElse(null));
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if ((n instanceof Double || n instanceof Float) && !Double.isFinite(d)) {
                return JsonNull.INSTANCE;
            }
            return new JsonPrimitive(n);
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return new JsonPrimitive(value.toString());
        }
        if (value instanceof Enum<?> e) {
            return new JsonPrimitive(e.name());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(String.valueOf(k), toElement(v)));
            return object;
        }
        if (value instanceof Iterable<?> iterable) {
            JsonArray array = new JsonArray();
            iterable.forEach(v -> array.add(toElement(v)));
            return array;
        }
        if (value.getClass().isArray() && value instanceof Object[] items) {
            JsonArray array = new JsonArray();
            for (Object item : items) {
                array.add(toElement(item));
            }
            return array;
        }
        if (value.getClass().isRecord()) {
            JsonObject object = new JsonObject();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    object.add(component.getName(), toElement(component.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return object;
        }
        return new JsonPrimitive(value.toString());
    }
}

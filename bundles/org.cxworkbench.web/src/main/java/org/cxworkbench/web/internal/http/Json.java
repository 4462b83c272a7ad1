package org.cxworkbench.web.internal.http;

import java.io.IOException;
import java.io.Reader;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * JSON in and out of the REST API. Out: maps, lists, records, enums (by name), {@link Optional}s and numbers,
 * with non-finite numbers as {@code null}, so the answer is always valid JSON. In: request bodies as objects.
 */
public final class Json {

    private static final TypeAdapter<Double> FINITE_DOUBLE = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Double value) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                out.nullValue();
            } else {
                out.value(value);
            }
        }

        @Override
        public Double read(JsonReader in) throws IOException {
            return in.nextDouble();
        }
    };

    /** Writes an Optional as its content, or null. */
    private static final TypeAdapterFactory OPTIONALS = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (!Optional.class.isAssignableFrom(type.getRawType())) {
                return null;
            }
            return (TypeAdapter<T>) new TypeAdapter<Optional<?>>() {
                @Override
                public void write(JsonWriter out, Optional<?> value) throws IOException {
                    if (value == null || value.isEmpty()) {
                        out.nullValue();
                    } else {
                        gson.toJson(value.get(), value.get().getClass(), out);
                    }
                }

                @Override
                public Optional<?> read(JsonReader in) {
                    throw new UnsupportedOperationException("Optional values are only written");
                }
            };
        }
    };

    /** Dates and times (LocalDate, Instant...) as their ISO text, as {@code cxw --json} prints them. */
    private static final TypeAdapter<TemporalAccessor> TEMPORALS = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, TemporalAccessor value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public TemporalAccessor read(JsonReader in) {
            throw new UnsupportedOperationException("Dates are only written");
        }
    };

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls()
            .registerTypeAdapter(Double.class, FINITE_DOUBLE).registerTypeAdapter(double.class, FINITE_DOUBLE)
            .registerTypeHierarchyAdapter(TemporalAccessor.class, TEMPORALS)
            .registerTypeAdapterFactory(OPTIONALS).create();

    private Json() {
    }

    /** The JSON text of a value. */
    public static String write(Object value) {
        return GSON.toJson(value);
    }

    /** A request body as a JSON object; an empty body is an empty object. */
    public static JsonObject readObject(Reader reader) throws ApiError {
        try {
            JsonElement element = JsonParser.parseReader(reader);
            if (element.isJsonNull()) {
                return new JsonObject();
            }
            if (!element.isJsonObject()) {
                throw ApiError.badRequest("The request body must be a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw ApiError.badRequest("The request body is not valid JSON: " + e.getMessage());
        }
    }
}

package org.cxworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonOutputTest {

    record Step(int number, String name, boolean complete, List<String> missing) {
    }

    enum Colour { RED }

    @Test
    void writesRecordsMapsEnumsAndNonFiniteNumbersAsNull() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("steps", List.of(new Step(1, "Define SMART goals", false, List.of("a goal"))));
        value.put("nps", Double.NaN);
        value.put("colour", Colour.RED);
        value.put("text", "<b> & \"quoted\"");
        String json = JsonOutput.toJson(value).replaceAll("\\s+", "");
        assertEquals("{\"steps\":[{\"number\":1,\"name\":\"DefineSMARTgoals\",\"complete\":false,\"missing\":[\"agoal\"]}],"
                + "\"nps\":null,\"colour\":\"RED\",\"text\":\"<b>&\\\"quoted\\\"\"}", json);
    }
}

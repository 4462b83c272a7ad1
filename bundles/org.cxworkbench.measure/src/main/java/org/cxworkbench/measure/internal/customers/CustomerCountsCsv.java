package org.cxworkbench.measure.internal.customers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.measure.internal.calc.Segments;
import org.cxworkbench.measure.internal.io.DelimitedReader;
import org.cxworkbench.measure.internal.io.DelimitedReader.Row;

/**
 * Reads customer counts from a CSV with the header {@code period,segment,start,end,new,churned} (any order;
 * {@code segment}, {@code new} and {@code churned} may be left out or blank). Every problem is collected
 * with file and line.
 */
final class CustomerCountsCsv {

    static final List<String> COLUMNS = List.of("period", "segment", "start", "end", "new", "churned");
    private static final List<String> REQUIRED = List.of("period", "start", "end");

    /** The rows read, and the problems found (each {@code file:line: message}). */
    record Result(List<CustomerCountInput> counts, List<String> problems, long rowsRead) {
    }

    private CustomerCountsCsv() {
    }

    /** @throws IOException naming the file when it cannot be read or its header is wrong */
    static Result read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (DelimitedReader reader = DelimitedReader.open(file)) {
            Map<String, Integer> columns = columns(name, reader);
            List<CustomerCountInput> counts = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            long rows = 0;
            for (Optional<Row> next = reader.next(); next.isPresent(); next = reader.next()) {
                Row row = next.get();
                if (row.isBlank()) {
                    continue;
                }
                rows++;
                String where = name + ":" + row.line() + ": ";
                try {
                    CustomerCountInput input = new CustomerCountInput(field(row, columns, "period"),
                            Segments.key(field(row, columns, "segment")),
                            CustomerCountInput.parseCount("start", field(row, columns, "start")),
                            CustomerCountInput.parseCount("end", field(row, columns, "end")),
                            CustomerCountInput.parseCount("new", field(row, columns, "new")),
                            CustomerCountInput.parseCount("churned", field(row, columns, "churned")));
                    List<String> rowProblems = input.problems();
                    rowProblems.forEach(p -> problems.add(where + p));
                    String key = input.period() + " " + input.segmentKey();
                    Long earlier = seen.putIfAbsent(key, row.line());
                    if (earlier != null) {
                        problems.add(where + "period " + input.period()
                                + (input.segmentKey().isEmpty() ? "" : " segment " + input.segmentKey())
                                + " is already given on line " + earlier);
                    } else if (rowProblems.isEmpty()) {
                        counts.add(input);
                    }
                } catch (NumberFormatException e) {
                    problems.add(where + e.getMessage());
                }
            }
            return new Result(counts, problems, rows);
        }
    }

    private static Map<String, Integer> columns(String name, DelimitedReader reader) throws IOException {
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = reader.header();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw new IOException(name + ":1: unknown column '" + header.get(i) + "'; the header must name the "
                        + "columns " + String.join(",", COLUMNS) + " (segment, new and churned may be left out)");
            }
            if (columns.put(column, i) != null) {
                throw new IOException(name + ":1: column '" + header.get(i) + "' is given twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new IOException(name + ":1: the header lacks the column '" + required + "'; expected "
                        + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private static String field(Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.field(index);
    }
}

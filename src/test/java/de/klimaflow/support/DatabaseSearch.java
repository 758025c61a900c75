package de.klimaflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every text and binary column of every table of the test database for a string, as a grep over a dump would: for
 * tests that must show that something is gone from the files, not only from what the features read.
 */
public final class DatabaseSearch {

    private DatabaseSearch() {}

    /** "table.column" for every text column that holds the string somewhere (case-insensitive). */
    public static List<String> find(JdbcTemplate jdbc, String text) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList(
                "select table_name, column_name from information_schema.columns where table_schema = current_schema()"
                        + " and data_type in ('character varying', 'text', 'character', 'CHARACTER VARYING',"
                        + " 'CHARACTER LARGE OBJECT', 'CLOB')");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Long count = jdbc.queryForObject(
                    "select count(*) from " + table + " where lower(" + name + ") like ?",
                    Long.class,
                    "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
            if (count != null && count > 0) {
                found.add(table + "." + name);
            }
        }
        // binary columns too: the engine keeps a comment's full text and serialised variables as bytes
        List<Map<String, Object>> binaries = jdbc.queryForList(
                "select table_name, column_name from information_schema.columns where table_schema = current_schema()"
                        + " and data_type in ('bytea', 'BINARY LARGE OBJECT', 'BINARY VARYING', 'BLOB')");
        String wanted = text.toLowerCase(java.util.Locale.ROOT);
        for (Map<String, Object> column : binaries) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            List<byte[]> values = jdbc.query(
                    "select " + name + " from " + table + " where " + name + " is not null",
                    (row, number) -> row.getBytes(1));
            boolean holds = values.stream()
                    .anyMatch(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains(wanted));
            if (holds) {
                found.add(table + "." + name);
            }
        }
        return found;
    }
}

package cn.qinglian.portal.bench;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Multi-row INSERTs in chunks: one round trip per thousand rows or so instead of one per row, so
 * the district-scale dataset takes seconds, whatever the driver does with JDBC batches.
 */
final class BulkInsert {

    private static final int MAX_PARAMETERS = 20_000;
    /** A typed null: an untyped one makes Spring ask the driver for parameter metadata, a server round trip. */
    private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

    private BulkInsert() {
    }

    static void insert(JdbcTemplate jdbc, String table, List<String> columns, List<@Nullable Object[]> rows) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        int chunk = Math.max(1, MAX_PARAMETERS / columns.size());
        for (int from = 0; from < rows.size(); from += chunk) {
            List<@Nullable Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            List<Object> args = new ArrayList<>(part.size() * columns.size());
            for (Object[] row : part) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException(table + ": row of " + row.length + " values");
                }
                for (@Nullable Object value : row) {
                    args.add(value == null ? NULL : value);
                }
            }
            jdbc.update(head + String.join(", ", Collections.nCopies(part.size(), tuple)), args.toArray());
        }
    }
}

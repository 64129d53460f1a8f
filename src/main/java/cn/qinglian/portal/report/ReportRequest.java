package cn.qinglian.portal.report;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One report to fill: a template name such as {@code "cadre/archive-card"} (file
 * {@code reports/cadre/archive-card.jrxml}), its parameters and its rows (records or maps). A collection
 * given for a parameter or field declared as {@code JRDataSource} becomes a data source of its own.
 */
public record ReportRequest(String template, Map<String, ? extends @Nullable Object> parameters, Collection<?> rows) {

    public ReportRequest {
        parameters = Collections.unmodifiableMap(new HashMap<>(parameters)); // a blank value may be null
        rows = List.copyOf(rows);
    }
}

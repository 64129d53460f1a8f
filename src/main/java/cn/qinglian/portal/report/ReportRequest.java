package cn.qinglian.portal.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One report to fill: a template name such as {@code "cadre/archive-card"} (file
 * {@code reports/cadre/archive-card.jrxml}), its parameters and its rows (records or maps). A collection
 * given for a parameter or field declared as {@code JRDataSource} becomes a data source of its own.
 */
public record ReportRequest(String template, Map<String, ?> parameters, Collection<?> rows) {

    public ReportRequest {
        parameters = Map.copyOf(parameters);
        rows = List.copyOf(rows);
    }
}

/**
 * Printed reports: JasperReports templates from {@code reports/} on the classpath, compiled once, filled
 * with records and exported to PDF with the embedded fonts of {@code fonts/fonts.xml}. Knows no feature.
 */
@NullMarked
package cn.qinglian.portal.report;

import org.jspecify.annotations.NullMarked;

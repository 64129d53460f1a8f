/**
 * The leaders' dashboard (工作驾驶舱): key figures, charts and the village light matrix, computed with SQL
 * aggregations within the reader's scope; every number carries the filter of the list that shows its rows.
 */
@NullMarked
package cn.qinglian.portal.dashboard;

import org.jspecify.annotations.NullMarked;

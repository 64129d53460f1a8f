/**
 * Clearance lists (问题清单、责任清单、任务清单): items from hand-over to close-out until the lists are
 * cleared to zero (source plan tasks 1, 3 and 7, and the plan's own 12 tasks).
 */
@NullMarked
package cn.qinglian.portal.clearance;

import org.jspecify.annotations.NullMarked;

/** The dashboard view, its server-drawn SVG charts and the archive activity list it drills into. */
@NullMarked
package cn.qinglian.portal.dashboard.ui;

import org.jspecify.annotations.NullMarked;

/** The bulletins list, the draft editor and the report centre. */
@NullMarked
package cn.qinglian.portal.bulletin.ui;

import org.jspecify.annotations.NullMarked;

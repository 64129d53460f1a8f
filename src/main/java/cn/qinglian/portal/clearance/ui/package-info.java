/** Views of the clearance lists: the item grid, item detail, my work and the clearance boards. */
@NullMarked
package cn.qinglian.portal.clearance.ui;

import org.jspecify.annotations.NullMarked;

/** Village cadres and their integrity archives (source plan tasks 2 and 3). */
@NullMarked
package cn.qinglian.portal.cadre;

import org.jspecify.annotations.NullMarked;

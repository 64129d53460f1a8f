@NullMarked
package cn.qinglian.portal.organisation;

import org.jspecify.annotations.NullMarked;

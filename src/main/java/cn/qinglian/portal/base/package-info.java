@NullMarked
package cn.qinglian.portal.base;

import org.jspecify.annotations.NullMarked;

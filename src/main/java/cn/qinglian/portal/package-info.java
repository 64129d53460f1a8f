@NullMarked
package cn.qinglian.portal;

import org.jspecify.annotations.NullMarked;

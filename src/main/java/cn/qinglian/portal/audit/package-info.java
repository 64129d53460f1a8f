@NullMarked
package cn.qinglian.portal.audit;

import org.jspecify.annotations.NullMarked;

@NullMarked
package cn.qinglian.portal.base.db;

import org.jspecify.annotations.NullMarked;

@NullMarked
package cn.qinglian.portal.base.ui;

import org.jspecify.annotations.NullMarked;

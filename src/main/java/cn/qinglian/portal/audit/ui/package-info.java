@NullMarked
package cn.qinglian.portal.audit.ui;

import org.jspecify.annotations.NullMarked;

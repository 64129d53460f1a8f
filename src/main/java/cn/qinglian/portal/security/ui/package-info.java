@NullMarked
package cn.qinglian.portal.security.ui;

import org.jspecify.annotations.NullMarked;

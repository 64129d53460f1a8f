@NullMarked
package cn.qinglian.portal.organisation.ui;

import org.jspecify.annotations.NullMarked;

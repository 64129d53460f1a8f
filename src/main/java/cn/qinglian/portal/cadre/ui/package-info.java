@NullMarked
package cn.qinglian.portal.cadre.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package cn.qinglian.portal.demo;

import org.jspecify.annotations.NullMarked;

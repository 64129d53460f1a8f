@NullMarked
package cn.qinglian.portal.security;

import org.jspecify.annotations.NullMarked;

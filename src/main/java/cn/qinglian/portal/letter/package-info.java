/**
 * 廉洁承诺书: yearly letter templates per position group, the letters generated from them for every serving
 * cadre, their signing, publication and year-end fulfilment review (践诺评议), and their printing.
 */
@NullMarked
package cn.qinglian.portal.letter;

import org.jspecify.annotations.NullMarked;

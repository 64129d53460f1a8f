/** Views of the commitment letters: the letter grid, a letter, the completion board and the templates. */
@NullMarked
package cn.qinglian.portal.letter.ui;

import org.jspecify.annotations.NullMarked;

/** Uploaded files (scans, evidence) of any record, type-checked from their content and checksummed. */
@NullMarked
package cn.qinglian.portal.attachment;

import org.jspecify.annotations.NullMarked;

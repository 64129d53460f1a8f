/**
 * The monthly bulletin (月度通报): drafted from the month's data, its narrative edited, issued immutably with
 * the next document number, printed in the official format (GB/T 9704-2012) and exported to DOCX and XLSX.
 */
@NullMarked
package cn.qinglian.portal.bulletin;

import org.jspecify.annotations.NullMarked;

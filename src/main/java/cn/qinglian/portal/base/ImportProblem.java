package cn.qinglian.portal.base;

/** One error of a spreadsheet import's report: the row as Excel numbers it, the column header and the reason. */
public record ImportProblem(int row, String column, String reason) {
}

package cn.qinglian.portal.clearance;

/** One error of the import report: the row as Excel numbers it, the column header and the reason. */
public record ImportProblem(int row, String column, String reason) {
}

package cn.qinglian.portal.cadre;

/** One error of the import report: the row as Excel numbers it, the column header and the reason. */
public record RosterProblem(int row, String column, String reason) {
}

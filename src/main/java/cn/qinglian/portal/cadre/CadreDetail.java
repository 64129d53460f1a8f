package cn.qinglian.portal.cadre;

/** A cadre as the detail view shows it to the signed-in user. */
public record CadreDetail(Cadre cadre, String villageName, String idNumberShown, String mobileShown,
                          boolean editable) {
}

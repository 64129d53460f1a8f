package cn.qinglian.portal.cadre;

public enum CadreStatus {
    SERVING("在任"),
    LEFT("离任");

    private final String label;

    CadreStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

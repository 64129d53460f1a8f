package cn.qinglian.portal.dashboard;

/** A cell of the village × area light matrix. NONE: nothing to judge yet (e.g. no letters generated). */
public enum Light {
    GREEN("绿灯"),
    YELLOW("黄灯"),
    RED("红灯"),
    NONE("无数据");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.qinglian.portal.dashboard;

/**
 * The rules of the light matrix. The texts are shown beside the matrix and on each light, so a
 * leader can see why a village is red.
 */
public final class LightRules {

    /** Clearance rate at or above which a village without overdue items is green. */
    public static final double CLEARANCE_GREEN_RATE = 0.8;

    public static final String CLEARANCE_RULE = "清单：有逾期未销号事项为红灯；无逾期但清零率低于80%为黄灯；"
            + "清零率不低于80%且无逾期（或无事项）为绿灯";
    public static final String LETTERS_RULE = "承诺书：有超过签订期限仍未签订的为红灯；有待签订但未逾期的为黄灯；"
            + "本年度已全部签订为绿灯；尚未生成为无数据";
    public static final String RATINGS_RULE = "廉情评估：在任干部中有红色评估为红灯；有橙色或黄色为黄灯；全部绿色为绿灯";

    private LightRules() {
    }

    static Light clearance(Dashboard.VillageRow v) {
        if (v.overdue() > 0) {
            return Light.RED;
        }
        Double rate = v.rate();
        return rate != null && rate < CLEARANCE_GREEN_RATE ? Light.YELLOW : Light.GREEN;
    }

    static Light letters(Dashboard.VillageRow v) {
        if (v.letters() == 0) {
            return Light.NONE;
        }
        if (v.lettersOverdue() > 0) {
            return Light.RED;
        }
        return v.lettersPending() > 0 ? Light.YELLOW : Light.GREEN;
    }

    static Light ratings(Dashboard.VillageRow v) {
        if (v.cadres() == 0) {
            return Light.NONE;
        }
        if (v.red() > 0) {
            return Light.RED;
        }
        return v.orange() + v.yellow() > 0 ? Light.YELLOW : Light.GREEN;
    }
}

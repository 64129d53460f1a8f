package cn.qinglian.portal.cadre;

import java.util.List;

/** 四种形态: the four graded forms of supervision and discipline, with their usual measures. */
public enum DisciplineForm {
    FIRST("第一种形态", List.of("提醒谈话", "批评教育", "责令检查", "诫勉")),
    SECOND("第二种形态", List.of("党纪轻处分", "组织调整", "政务处分（警告、记过）")),
    THIRD("第三种形态", List.of("党纪重处分", "重大职务调整", "政务处分（降级、撤职）")),
    FOURTH("第四种形态", List.of("严重违纪涉嫌违法立案审查", "开除党籍", "移送司法"));

    private final String label;
    private final List<String> measures;

    DisciplineForm(String label, List<String> measures) {
        this.label = label;
        this.measures = measures;
    }

    public String label() {
        return label;
    }

    public List<String> measures() {
        return measures;
    }
}

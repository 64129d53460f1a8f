package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** 联审 verdict for one person, with the reasons it rests on. */
public record EligibilityVerdict(String name, String idNumber, Verdict verdict, List<String> reasons,
                                 @Nullable LocalDate blockedUntil) {

    public enum Verdict {
        ELIGIBLE("可以任职"),
        BLOCKED("暂不得任职"),
        NEEDS_REVIEW("需进一步审查");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

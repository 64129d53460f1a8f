package cn.qinglian.portal.demo;

import cn.qinglian.portal.bulletin.BulletinService;
import cn.qinglian.portal.bulletin.Narrative;
import cn.qinglian.portal.security.RunAs;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Demo bulletins, made through the service as the discipline clerk: the bulletin of the month before last,
 * issued; and last month's draft, as the scheduled job would have prepared it.
 */
@Component
class DemoBulletins {

    private final BulletinService bulletins;
    private final RunAs runAs;

    DemoBulletins(BulletinService bulletins, RunAs runAs) {
        this.bulletins = bulletins;
        this.runAs = runAs;
    }

    int seed(LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        YearMonth before = last.minusMonths(1);
        return runAs.as("jijian", () -> {
            long issued = bulletins.createDraft(before.getYear(), before.getMonthValue());
            var d = bulletins.detail(issued).orElseThrow();
            Narrative n = Narrative.defaults(before.getMonthValue());
            bulletins.saveNarrative(issued, d.row().version(), new Narrative(n.intro(),
                    "堃山村、喆溪社区等村（社区）整改推进较快，其余村（社区）要对照排名查找差距。", n.letters(), n.archive(), n.focus()));
            bulletins.issue(issued, bulletins.detail(issued).orElseThrow().row().version());
            bulletins.createDraft(last.getYear(), last.getMonthValue());
            return 2;
        });
    }
}

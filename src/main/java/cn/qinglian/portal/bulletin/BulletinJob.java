package cn.qinglian.portal.bulletin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * On the 1st of each month (Beijing time) drafts the previous month's bulletin of every township. Safe with
 * several instances and when run twice: {@link BulletinService#scheduledDraft} drafts a month only once.
 */
@Component
public class BulletinJob {

    private static final Logger log = LoggerFactory.getLogger(BulletinJob.class);

    private final BulletinService service;
    private final Clock clock;

    BulletinJob(BulletinService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 1 1 * *", zone = "Asia/Shanghai")
    public void monthly() {
        int drafted = draftPreviousMonth(LocalDate.now(clock));
        if (drafted > 0) {
            log.info("月度通报：已自动起草 {} 份草稿", drafted);
        }
    }

    /** Drafts the month before {@code today} for every township; returns how many drafts this run made. */
    public int draftPreviousMonth(LocalDate today) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        int drafted = 0;
        for (long township : service.townships()) {
            if (service.scheduledDraft(township, month).isPresent()) {
                drafted++;
            }
        }
        return drafted;
    }
}

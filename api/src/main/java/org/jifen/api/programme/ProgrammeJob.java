package org.jifen.api.programme;

import java.time.LocalDate;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every day (jifen.programme.cron, default 00:30 Asia/Shanghai) runs, for each village, the
 * programmes whose period has closed ({@link ProgrammeCloser}), on the village's own date. Off with
 * {@code jifen.programme.scheduled=false} (the tests do that); officials may always run one by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "jifen.programme.scheduled", havingValue = "true", matchIfMissing = true)
class ProgrammeJob {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeJob.class);

    private final ProgrammeCloser closer;
    private final VillageMapper villages;

    ProgrammeJob(ProgrammeCloser closer, VillageMapper villages) {
        this.closer = closer;
        this.villages = villages;
    }

    @Scheduled(cron = "${jifen.programme.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        for (VillageRow village : villages.findAll()) {
            try {
                LocalDate today = LocalDate.now(PolicyTimes.zone(village.timezone()));
                for (ProgrammeRunView run : closer.runClosed(village.villageId(), today)) {
                    long written = run.awards().stream().filter(ProgrammeRunView.Line::written).count();
                    if (written > 0) {
                        log.info("programme {} {}: {} entries", village.villageId(), run.period(), written);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("programme run of village {} failed: {}", village.villageId(), e.toString());
            }
        }
    }
}

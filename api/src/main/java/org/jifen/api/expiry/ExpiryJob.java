package org.jifen.api.expiry;

import org.jifen.engine.policy.ServiceSettings.Expiry.Mode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every night (jifen.expiry.cron, default 00:15 Asia/Shanghai) runs expiry for yesterday, in each
 * village's time zone, for every village whose setting is not NONE. Off with
 * {@code jifen.expiry.scheduled=false} (the tests do that); a missed night is run by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "jifen.expiry.scheduled", havingValue = "true", matchIfMissing = true)
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final ExpiryService service;
    private final VillageMapper villages;

    ExpiryJob(ExpiryService service, VillageMapper villages) {
        this.service = service;
        this.villages = villages;
    }

    @Scheduled(cron = "${jifen.expiry.cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        for (VillageRow village : villages.findAll()) {
            try {
                if (service.mode(village.villageId()).kind() == Mode.NONE) {
                    continue;
                }
                LocalDate yesterday = LocalDate.now(ZoneId.of(village.timezone() == null ? "Asia/Shanghai"
                        : village.timezone())).minusDays(1);
                ExpiryRun run = service.run(village.villageId(), yesterday);
                if (run.members() > 0) {
                    log.info("expiry {} {}: {} members, {} points", village.villageId(), yesterday, run.members(),
                            run.points());
                }
            } catch (RuntimeException e) {
                log.warn("expiry of village {} failed: {}", village.villageId(), e.toString());
            }
        }
    }
}

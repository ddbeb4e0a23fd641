package org.jifen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the service at random moments under load, with a client that retries
 * everything unacknowledged with the same ids. Full size: {@code -Djifen.faults.crash.evidence=20000}.
 *
 * <p>The run without crashes is the twin village {@code faults-clean} (the same rules) fed the same
 * workload by the same service before the crashes start; since each member's evidence is sent in
 * a fixed order and no rule or cap spans members, both ledgers must be equal row for row.
 */
class CrashTest extends SingleServiceFaultTest {

    @Test
    void killNineAtRandomMomentsLosesNothingAndCountsNothingTwice() throws Exception {
        int total = FaultSettings.integer("crash.evidence", 2000);
        int kills = FaultSettings.integer("crash.kills", 5);
        long seed = FaultSettings.seed();
        Path work = FaultSettings.workDir("crash");
        db = EmbeddedMariaDb.start(work.resolve("db"), 0);
        service = ServiceProcess.start("crash", db.jdbcUrl(), work);
        Workload workload = Workload.of("c", total, Math.max(8, total / 50));
        workload.register(service.http(), "faults");
        workload.register(service.http(), "faults-clean");

        try (AckLog clean = new AckLog(work.resolve("clean-acks.tsv"))) {
            new Submitter(List.of(service.http()), "faults-clean", workload, 4, 10, 0, clean).run(600);
            assertThat(clean.unexpected()).isEmpty();
        }

        Random random = new Random(seed);
        List<Integer> moments = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            moments.add((int) (workload.size() * (0.05 + 0.9 * random.nextDouble())));
        }
        moments.sort(null);
        System.out.printf("crash test: %d evidence, %d members, seed %d, kills after %s acknowledgements%n",
                workload.size(), workload.members().size(), seed, moments);
        AckLog acks = new AckLog(work.resolve("acks.tsv"));
        AtomicReference<Throwable> killerFailure = new AtomicReference<>();
        List<Long> killedPids = new ArrayList<>();
        Thread killer = new Thread(() -> {
            try {
                int acknowledgedAtStart = 0;
                for (int moment : moments) {
                    // each kill hits a service that has been taking work since its restart
                    while (acks.count() < Math.max(moment, acknowledgedAtStart + 20)) {
                        Thread.sleep(2);
                    }
                    Thread.sleep(random.nextInt(40));
                    killedPids.add(service.pid());
                    service.kill();
                    service.restart();
                    acknowledgedAtStart = acks.count();
                }
            } catch (Throwable e) {
                killerFailure.set(e);
            }
        }, "killer");
        killer.start();
        long started = System.nanoTime();
        new Submitter(List.of(service.http()), "faults", workload, 4, 10, 0, acks).run(1200);
        killer.join(600_000);
        acks.close();
        System.out.printf("crash test: all %d acknowledged in %.1f s; killed pids %s; %d refused connections, %d 503s%n",
                acks.count(), (System.nanoTime() - started) / 1e9, killedPids, acks.connectionErrors(),
                acks.unavailableResponses().size());

        assertThat(killerFailure.get()).isNull();
        assertThat(killedPids).hasSize(kills).doesNotHaveDuplicates();
        assertThat(acks.unexpected()).isEmpty();
        assertThat(acks.count()).isEqualTo(workload.size());
        LedgerChecks checks = new LedgerChecks(db.jdbcUrl(), "faults");
        assertThat(checks.evidenceCount()).isEqualTo(workload.size());
        checks.acknowledgedHaveTheirAwards(acks);
        checks.noDoublesNoPartialRows();
        checks.balancesEqualLedgerSums(service.http(), workload);
        checks.capsHold();
        List<String> crashed = checks.ledger();
        assertThat(crashed).as("ledger after crashes equals the ledger of the run without").isNotEmpty()
                .containsExactlyElementsOf(new LedgerChecks(db.jdbcUrl(), "faults-clean").ledger());
    }
}

package org.jifen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * The database stops for {@code jifen.faults.outage.seconds} (10) under load and comes back on the
 * same port and data: meanwhile clients get 503 problem+json with Retry-After and readiness is
 * DOWN; within 5 s of its return evaluations succeed again; no partial rows.
 */
class DatabaseOutageTest extends SingleServiceFaultTest {

    @Test
    void outageAnswers503WithRetryAfterReadinessDownAndRecoversWithinFiveSeconds() throws Exception {
        int outageSeconds = FaultSettings.integer("outage.seconds", 10);
        int total = FaultSettings.integer("outage.evidence", 1500);
        Path work = FaultSettings.workDir("outage");
        Path data = work.resolve("db");
        db = EmbeddedMariaDb.start(data, 0);
        int port = db.port();
        service = ServiceProcess.start("outage", db.jdbcUrl(), work);
        Http http = service.http();
        Workload workload = Workload.of("o", total, Math.max(8, total / 50));
        workload.register(http, "faults");

        AckLog acks = new AckLog(work.resolve("acks.tsv"));
        Submitter submitter = new Submitter(List.of(http), "faults", workload, 4, 5, 20, acks);
        Thread load = new Thread(() -> {
            try {
                submitter.run(600);
            } catch (Exception e) {
                acks.unexpected("load stopped: " + e);
            }
        }, "load");
        load.start();
        while (acks.count() < total / 4 && load.isAlive()) {
            Thread.sleep(5);
        }
        assertThat(load.isAlive()).as("load still running when the database stops").isTrue();

        db.stop();
        long down = System.nanoTime();
        System.out.printf("outage test: database stopped after %d acknowledgements%n", acks.count());
        List<Integer> readiness = new CopyOnWriteArrayList<>();
        while (System.nanoTime() - down < outageSeconds * 1_000_000_000L) {
            readiness.add(http.readiness());
            Thread.sleep(250);
        }
        db = EmbeddedMariaDb.start(data, port);
        long up = System.nanoTime();
        long readyAfter = -1;
        while (System.nanoTime() - up < 30_000_000_000L) {
            if (readyAfter < 0 && http.readiness() == 200) {
                readyAfter = System.nanoTime() - up;
            }
            if (readyAfter >= 0 && acks.lastAckNanos() > up) {
                break;
            }
            Thread.sleep(20);
        }
        long firstAckAfter = acks.lastAckNanos() > up ? firstAckAfter(acks, up) : -1;
        load.join(600_000);
        acks.close();

        List<AckLog.Unavailable> during = new ArrayList<>();
        for (AckLog.Unavailable u : acks.unavailableResponses()) {
            if (u.atNanos() >= down && u.atNanos() <= up) {
                during.add(u);
            }
        }
        System.out.printf("outage test: %d s down; %d 503s while down (%d in all), readiness while down %s;"
                + " after the restart: ready in %.2f s, first evaluation acknowledged in %.2f s%n", outageSeconds,
                during.size(), acks.unavailableResponses().size(), readiness.stream().distinct().toList(),
                readyAfter / 1e9, firstAckAfter / 1e9);

        assertThat(acks.unexpected()).as("answers other than 200 or 503").isEmpty();
        assertThat(acks.connectionErrors()).as("refused or dropped connections").isZero();
        assertThat(during).as("503s while the database was down").isNotEmpty();
        assertThat(acks.unavailableResponses()).allSatisfy(u -> {
            assertThat(u.problemJson()).as("503 is problem+json").isTrue();
            assertThat(u.retryAfter()).as("503 has Retry-After").isNotBlank();
        });
        assertThat(readiness).as("readiness while down").contains(503);
        assertThat(readiness.subList(readiness.size() / 2, readiness.size())).as("readiness late in the outage")
                .containsOnly(503);
        assertThat(acks.acks().values()).as("acknowledged while the database was down (after 1 s for answers in transit)")
                .noneMatch(ack -> ack.atNanos() > down + 1_000_000_000L && ack.atNanos() < up);
        assertThat(readyAfter).as("readiness UP again").isBetween(0L, 5_000_000_000L);
        assertThat(firstAckAfter).as("first evaluation acknowledged after the database returned")
                .isBetween(0L, 5_000_000_000L);

        assertThat(acks.count()).isEqualTo(workload.size());
        LedgerChecks checks = new LedgerChecks(db.jdbcUrl(), "faults");
        assertThat(checks.evidenceCount()).isEqualTo(workload.size());
        checks.acknowledgedHaveTheirAwards(acks);
        checks.noDoublesNoPartialRows();
        checks.balancesEqualLedgerSums(http, workload);
        checks.capsHold();
    }

    /** Time from {@code up} to the earliest acknowledgement after it. */
    private static long firstAckAfter(AckLog acks, long up) {
        return acks.acks().values().stream().mapToLong(AckLog.Ack::atNanos).filter(t -> t > up).min().orElse(up - 1) - up;
    }
}

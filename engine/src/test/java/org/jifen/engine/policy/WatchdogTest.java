package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The watchdog never stops a thread inside a class's static initialiser (the class would stay broken). */
class WatchdogTest {

    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    static final class SlowToInitialise {
        static {
            ENTERED.countDown();
            try {
                RELEASE.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {
        }
    }

    @Test
    void aThreadInsideAStaticInitialiserIsRecognisedAndOneOutsideIsNot() throws Exception {
        Thread initialising = new Thread(SlowToInitialise::touch, "initialising");
        initialising.start();
        assertThat(ENTERED.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Watchdog.initialisingAClass(initialising)).isTrue();
        RELEASE.countDown();
        initialising.join(10_000);

        CountDownLatch sleeping = new CountDownLatch(1);
        Thread plain = new Thread(() -> {
            try {
                sleeping.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "plain");
        plain.start();
        Thread.sleep(100);
        assertThat(Watchdog.initialisingAClass(plain)).isFalse();
        sleeping.countDown();
        plain.join(10_000);
    }
}

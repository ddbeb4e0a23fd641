package org.jifen.bench;

/** Keeps results alive so the JIT cannot drop the measured work. */
final class Sink {

    static volatile long sink;

    private Sink() {
    }
}

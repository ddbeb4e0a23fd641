package org.jifen.bench;

/** The benchmark's settings, read once from system properties; see {@link EngineBenchmark}. */
final class Settings {

    static final double SECONDS = doubleProperty("bench.seconds", 5);
    static final double WARMUP = doubleProperty("bench.warmup", 5);
    static final int ROUNDS = intProperty("bench.rounds", 5);
    static final int EXTRA_ROUNDS = intProperty("bench.extraRounds", 3);
    static final int CASES = intProperty("bench.cases", 4096);
    static final int MEMBERS = intProperty("bench.members", 500);
    static final long SEED = Long.getLong("bench.seed", 20261124L);

    private Settings() {
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}

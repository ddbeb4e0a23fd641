package org.jifen.bench;

import java.util.Arrays;

/** Small statistics over measured values. */
final class Stats {

    private Stats() {
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double[] minMedianMax(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[0], median(sorted), sorted[sorted.length - 1]};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

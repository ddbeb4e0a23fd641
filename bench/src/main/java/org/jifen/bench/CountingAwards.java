package org.jifen.bench;

import org.jifen.facts.Awards;
import org.jifen.facts.Evidence;

/** An {@code award} global that only counts. */
final class CountingAwards implements Awards {
    long calls;
    long points;

    @Override
    public void grant(Evidence evidence, int p, String reason) {
        calls++;
        points += p;
    }

    @Override
    public void deduct(Evidence evidence, int p, String reason) {
        calls++;
        points -= p;
    }
}

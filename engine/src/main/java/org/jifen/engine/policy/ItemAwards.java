package org.jifen.engine.policy;

import org.jifen.facts.Evidence;

/** The {@code award} global as the shared rule base uses it: an award attributed to a points-list item by name. */
public interface ItemAwards {

    /** Grants ({@code points} > 0) or deducts ({@code points} < 0) for the item named {@code rule}. */
    void awardItem(String rule, Evidence evidence, int points, String reason);
}

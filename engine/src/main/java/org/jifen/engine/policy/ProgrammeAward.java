package org.jifen.engine.policy;

import org.jifen.facts.Standing;

/**
 * One award of a programme run (评星) for a member or household ({@code standing.scope()}/{@code id()}):
 * points (kind POINTS, signed, never capped) or an honour (kind HONOUR, 0 points, its title as reason).
 */
public record ProgrammeAward(Standing standing, AwardOutcome award) {
}

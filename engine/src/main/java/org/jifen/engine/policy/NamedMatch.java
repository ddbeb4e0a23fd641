package org.jifen.engine.policy;

/** A fact that names the rule its match stands for: a points-list item evaluated by the shared rule base. */
public interface NamedMatch {

    String ruleName();
}

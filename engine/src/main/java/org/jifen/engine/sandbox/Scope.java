package org.jifen.engine.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What names mean where an expression stands: the pattern's fact type (null in a consequence or an
 * accumulate argument), the bound {@code $variables} and their types, and whether the expression is
 * emitted as Java (a consequence) or as a Drools constraint.
 */
record Scope(Type pattern, Map<String, Type> vars, boolean java) {

    static Scope rule() {
        return new Scope(null, new LinkedHashMap<>(), false);
    }

    Scope inPattern(Type type) {
        return new Scope(type, vars, false);
    }

    /** A copy whose new bindings stay inside (not, exists, or, accumulate input). */
    Scope nested() {
        return new Scope(pattern, new LinkedHashMap<>(vars), java);
    }

    Scope asJava() {
        return new Scope(null, vars, true);
    }
}

package org.jifen.engine.policy;

import java.util.Arrays;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Builds the Drools rule base of one policy version from its parsed files. */
final class RuleBase {

    private RuleBase() {
    }

    /** The rule base, or null with the compiler's errors added to {@code problems}. */
    static KieBase build(String id, List<DrlUnit> units, List<Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        int reported = 0;
        for (DrlUnit unit : units) {
            unit.supplyImportsAndGlobal();
            builder.add(ResourceFactory.newDescrResource(unit.descr()), ResourceType.DESCR);
            List<KnowledgeBuilderError> errors = List.copyOf(builder.getErrors());
            for (KnowledgeBuilderError error : errors.subList(reported, errors.size())) {
                int line = ConsequenceLines.authorLine(error, unit);
                if (line == 0) {
                    line = Arrays.stream(error.getLines()).filter(l -> l > 0).findFirst().orElse(0);
                }
                problems.add(Problem.error(unit.file(), line, 0, CompileErrors.plain(error.getMessage())));
            }
            reported = errors.size();
        }
        if (builder.hasErrors()) {
            return null;
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(id, org.kie.api.KieServices.get().newKieBaseConfiguration());
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }
}

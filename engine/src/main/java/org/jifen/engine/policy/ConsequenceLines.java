package org.jifen.engine.policy;

import java.nio.charset.StandardCharsets;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

/**
 * Maps a Java compile error in a rule's consequence back to the author's line. Drools reports
 * such errors at the rule's first line and gives the line in its generated class, where the
 * consequence starts at a fixed line, measured once against a probe rule. A line outside the
 * consequence falls back to its first line.
 */
final class ConsequenceLines {

    /** The generated line of a consequence's first line. */
    private static final int GENERATED_HEADER = measureHeader();

    private ConsequenceLines() {
    }

    /** The line of the error in the unit's text, or 0 when it is not a consequence compile error. */
    static int generatedLine(KnowledgeBuilderError error, DrlUnit unit) {
        if (!(error instanceof RuleBuildError build) || !(build.getObject() instanceof CompilationProblem[] problems)
                || problems.length == 0 || GENERATED_HEADER < 0) {
            return 0;
        }
        RuleDescr rule = unit.descr().getRules().stream()
                .filter(r -> r.getName().equals(build.getRule().getName())).findFirst().orElse(null);
        if (rule == null) {
            return 0;
        }
        int start = unit.consequenceStart(rule);
        int line = start + problems[0].getStartLine() - GENERATED_HEADER;
        int end = rule.getEndLine() > 0 ? rule.getEndLine() : start;
        return line >= start && line <= end ? line : start;
    }

    private static int measureHeader() {
        String probe = "package probe;\nimport org.jifen.facts.*;\nglobal org.jifen.facts.Awards award;\n"
                + "rule \"probe\"\nwhen\n  $e : Evidence()\nthen\n  award.grant($e, \"x\", \"x\");\nend\n";
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(probe.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (error instanceof DescrBuildError build && build.getObject() instanceof CompilationProblem[] problems
                    && problems.length > 0) {
                return problems[0].getStartLine();
            }
        }
        return -1;
    }
}

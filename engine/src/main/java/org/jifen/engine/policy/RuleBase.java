package org.jifen.engine.policy;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    private static final ExecutorService COMPILERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "jifen-compile");
        thread.setDaemon(true);
        thread.setContextClassLoader(RuleBase.class.getClassLoader());
        return thread;
    });

    /** Like {@link #build}, but gives up (adding a problem) when it takes longer than {@code limit}. */
    static KieBase buildWithin(Duration limit, String id, List<DrlUnit> units, List<Problem> problems) {
        List<Problem> found = new java.util.concurrent.CopyOnWriteArrayList<>();
        Future<KieBase> build = COMPILERS.submit(() -> build(id, units, found));
        try {
            KieBase base = build.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            problems.addAll(found);
            return base;
        } catch (TimeoutException e) {
            build.cancel(true);
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, 0, 0, "编译规则超过了 "
                    + limit.toSeconds() + " 秒：请简化规则，或减少规则条数"));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("compiler failed: " + e.getCause(), e.getCause());
        }
    }

    /** The rule base, or null with the compiler's errors added to {@code problems}. */
    static KieBase build(String id, List<DrlUnit> units, List<Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        int reported = 0;
        for (DrlUnit unit : units) {
            unit.verify();
            builder.add(ResourceFactory.newDescrResource(unit.descr()), ResourceType.DESCR);
            List<KnowledgeBuilderError> errors = List.copyOf(builder.getErrors());
            for (KnowledgeBuilderError error : errors.subList(reported, errors.size())) {
                int line = ConsequenceLines.generatedLine(error, unit);
                if (line == 0) {
                    line = Arrays.stream(error.getLines()).filter(l -> l > 0).findFirst().orElse(0);
                }
                line = unit.authorLine(line);
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

package org.jifen.api.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDateTime;
import java.util.List;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.ledger.LedgerMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence is evaluated one way in the service: live batches, approval and the what-if all go
 * through {@link Evaluator}, the only class that runs a compiled policy on evidence or reads
 * members' histories.
 */
class OneEvaluationPathTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jifen.api");
    }

    @Test
    void onlyTheEvaluatorRunsAPolicyOnEvidence() {
        noClasses().that().doNotBelongToAnyOf(Evaluator.class)
                .should().callMethod(CompiledPolicy.class, "evaluate", Evidence.class, Member.class, MemberHistory.class)
                .because("live batches, approval and the what-if evaluate through Evaluator")
                .check(classes);
    }

    @Test
    void onlyTheEvaluatorRunsAPolicyOnHouseholdsAndProgrammes() {
        noClasses().that().doNotBelongToAnyOf(Evaluator.class)
                .should().callMethod(CompiledPolicy.class, "evaluate", Evidence.class, Member.class, MemberHistory.class,
                        MemberHistory.class)
                .orShould().callMethod(CompiledPolicy.class, "runProgramme", org.jifen.engine.history.Period.class,
                        List.class)
                .orShould().callMethod(CompiledPolicy.class, "evaluateParticipants", Evidence.class, List.class,
                        java.util.function.Function.class)
                .because("evaluations and programme runs go through Evaluator")
                .check(classes);
        noClasses().that().doNotBelongToAnyOf(MemberHistories.class)
                .should().callMethod(LedgerMapper.class, "historyForHouseholds", String.class, List.class,
                        LocalDateTime.class, LocalDateTime.class)
                .because("histories are loaded one way, by the Evaluator")
                .check(classes);
    }

    @Test
    void onlyTheEvaluatorReadsHistories() {
        noClasses().that().doNotBelongToAnyOf(MemberHistories.class)
                .should().callMethod(LedgerMapper.class, "historyForMembers", String.class, List.class,
                        LocalDateTime.class, LocalDateTime.class)
                .orShould().callMethod(EvidenceMapper.class, "approvedDays", String.class, List.class, List.class,
                        LocalDateTime.class, LocalDateTime.class)
                .orShould().callMethod(EvidenceMapper.class, "approvedDaysOfMembers", String.class, List.class,
                        LocalDateTime.class, LocalDateTime.class)
                .because("histories are loaded one way, by the Evaluator")
                .check(classes);
    }

    @Test
    void onlyTheEvaluatorHandsParticipantsTheirHistories() {
        noClasses().that().doNotBelongToAnyOf(Evaluator.class)
                .should().callConstructor(org.jifen.engine.policy.ParticipantEvaluations.Registered.class,
                        Member.class, MemberHistory.class, MemberHistory.class)
                .because("participants are evaluated through Evaluator.evaluateParticipants, with histories it loaded")
                .check(classes);
    }

    @Test
    void theWhatIfAndApprovalUseTheEvaluator() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().haveSimpleName("SimulationRun").or().haveSimpleName("ApprovalCredit")
                .or().haveSimpleName("BatchEvaluation")
                .should().dependOnClassesThat().belongToAnyOf(Evaluator.class)
                .check(classes);
    }

}

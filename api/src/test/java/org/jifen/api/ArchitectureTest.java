package org.jifen.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and package boundaries that hold the code's shape, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jifen");
    }

    @Test
    void theEngineUsesNoSpring() {
        noClasses().that().resideInAPackage("org.jifen.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void persistenceDoesNotKnowTheService() {
        noClasses().that().resideInAnyPackage("org.jifen.persistence..", "org.jifen.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.jifen.api..")
                .check(classes);
    }

    @Test
    void evaluationDoesNotImportSimulate() {
        noClasses().that().resideInAPackage("org.jifen.api.evaluation..")
                .should().dependOnClassesThat().resideInAPackage("org.jifen.api.policy.simulate..")
                .check(classes);
    }

    @Test
    void draftAndVersionDoNotImportEachOther() {
        noClasses().that().resideInAPackage("org.jifen.api.policy.draft..")
                .should().dependOnClassesThat().resideInAPackage("org.jifen.api.policy.version..")
                .check(classes);
        noClasses().that().resideInAPackage("org.jifen.api.policy.version..")
                .should().dependOnClassesThat().resideInAPackage("org.jifen.api.policy.draft..")
                .check(classes);
    }

    @Test
    void everyVersionIsStoredOnlyByThePublishGate() {
        noClasses().that().doNotBelongToAnyOf(PolicyPublisher.class)
                .should().callMethod(PolicyVersionMapper.class, "insert",
                        org.jifen.persistence.policy.PolicyVersionRow.class)
                .because("every route, templates included, publishes through PolicyPublisher (publish, "
                        + "publishTemplate), which checks, stores, audits and emits PolicyPublished")
                .check(classes);
    }

    @Test
    void onlyTheGateBuildsAVersionRow() {
        noClasses().that().doNotBelongToAnyOf(PolicyPublisher.class)
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                        org.jifen.persistence.policy.PolicyVersionRow.class))))
                .because("a version row is made only to be stored, and only the publish gate stores one")
                .check(classes);
    }

    @Test
    void templatesAreCheckedByTheGateNotByTheirPublisher() {
        noClasses().that().resideInAPackage("org.jifen.api.policy.template..")
                .should().dependOnClassesThat().belongToAnyOf(org.jifen.engine.policy.PolicyCompiler.class,
                        org.jifen.engine.cases.PolicyTest.class)
                .because("PolicyPublisher.publishTemplate compiles a template and runs its cases")
                .check(classes);
    }

    @Test
    void theCacheActivatesOnlyOnThePublishedEvent() {
        noClasses().that().doNotHaveFullyQualifiedName("org.jifen.api.policy.PublishListeners")
                .should().callMethod(PolicyRegistry.class, "activate",
                        org.jifen.engine.policy.CompiledPolicy.class)
                .check(classes);
    }

    @Test
    void theVillageLookupThatAnswers404IsWrittenOnce() throws java.io.IOException {
        java.util.regex.Pattern copy = java.util.regex.Pattern.compile("NotFoundException\\(\"village \" \\+ \\w+ \\+ \" does not exist\"\\)");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            java.util.List<String> copies = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return copy.matcher(java.nio.file.Files.readString(f)).find();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString()).toList();
            org.assertj.core.api.Assertions.assertThat(copies).containsExactly("KnownVillages.java");
        }
    }
}

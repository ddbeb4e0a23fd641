package org.jifen.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.Problem;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Village;
import org.junit.jupiter.api.Test;

/**
 * Generates expressions beyond the grammar (random chains of real Java methods on the facts'
 * return types, casts, object creation, class literals, lambdas, inline collections, nested calls)
 * and checks each is refused at validation on its line. The oracle is the documented list below,
 * not the sandbox's own tables.
 */
class GrammarFuzzTest {

    /** Class#method pairs that rules/README.md documents; a chain with any other step must be refused. */
    private static final Set<String> DOCUMENTED = Set.of("Evidence#type", "Evidence#id", "Evidence#memberId",
            "Evidence#reporterId", "Evidence#occurredAt", "Evidence#minutes", "Evidence#quantity", "Evidence#photos",
            "Evidence#status", "Evidence#approved", "Evidence#attrs", "Evidence#attr", "Evidence#number",
            "Evidence#participantRole", "Member#id",
            "Member#householdId", "Member#roles", "Member#hasRole", "Member#joinedOn", "Village#id", "Village#name",
            "Village#setting", "Village#number", "String#length", "String#isEmpty", "String#contains",
            "String#startsWith", "String#endsWith", "String#equals", "LocalDateTime#getDayOfWeek",
            "LocalDateTime#getHour", "LocalDateTime#getMinute", "LocalDateTime#getMonth", "LocalDateTime#getMonthValue",
            "LocalDateTime#getDayOfMonth", "LocalDateTime#getYear", "LocalDateTime#getDayOfYear",
            "LocalDateTime#toLocalDate", "LocalDateTime#isBefore", "LocalDateTime#isAfter", "LocalDate#getDayOfWeek",
            "LocalDate#getMonth", "LocalDate#getMonthValue", "LocalDate#getDayOfMonth", "LocalDate#getYear",
            "LocalDate#getDayOfYear", "LocalDate#lengthOfMonth", "LocalDate#isBefore", "LocalDate#isAfter",
            "DayOfWeek#getValue", "Month#getValue", "Set#contains", "Set#size", "Set#isEmpty", "Map#containsKey",
            "Map#size", "Map#isEmpty");
    private static final Map<String, Class<?>> ROOTS = Map.of("$e", Evidence.class, "$m", Member.class, "$v", Village.class);
    private static final List<String> WRAPPERS = List.of("((Object) %s)", "new java.lang.StringBuilder(%s)", "%s.class",
            "java.util.List.of(%s)", "[%s]", "[\"k\" : %s]", "((java.util.function.Supplier) () -> %s)",
            "java.util.Objects.toString(%s)", "%s instanceof String", "String.valueOf(%s)", "%s.getClass()",
            "(%s).hashCode()", "%s.toString().repeat(9)", "%s[0]", "%s = null", "%s++", "{%s}", "%s::toString");

    private final Random random = new Random(20261207);

    @Test
    void randomChainsOfRealMethodsBeyondTheDocumentedOnesAreRefused() {
        int refusedChains = 0;
        for (int i = 0; i < 300; i++) {
            String root = List.copyOf(ROOTS.keySet()).get(random.nextInt(ROOTS.size()));
            StringBuilder chain = new StringBuilder(root);
            Class<?> type = ROOTS.get(root);
            boolean documented = true;
            int steps = 1 + random.nextInt(5);
            for (int s = 0; s < steps && type != null && !type.isPrimitive(); s++) {
                Method method = pick(type);
                if (method == null) {
                    break;
                }
                documented &= DOCUMENTED.contains(type.getSimpleName() + "#" + method.getName());
                chain.append('.').append(method.getName()).append(arguments(method));
                type = method.getReturnType();
            }
            if (!documented) {
                refusedChains++;
                assertRefused(chain.toString());
            }
        }
        assertThat(refusedChains).as("chains with an undocumented step").isGreaterThan(150);
    }

    @Test
    void castsCreationLiteralsLambdasAndNestedCallsAreRefused() {
        for (int i = 0; i < 200; i++) {
            String inner = List.of("$e", "$e.type()", "$e.occurredAt()", "$m.roles()", "\"x\"", "1", "$v.name()")
                    .get(random.nextInt(7));
            int depth = 1 + random.nextInt(3);
            for (int d = 0; d < depth; d++) {
                inner = WRAPPERS.get(random.nextInt(WRAPPERS.size())).formatted(inner);
            }
            assertRefused(inner);
        }
    }

    private void assertRefused(String expression) {
        boolean inCondition = random.nextBoolean();
        String drl = "package village.testcun;\n\nrule \"fuzz\"\nwhen\n"
                + "    $e : Evidence( type == \"PATROL\"" + (inCondition ? ", (" + expression + ") != null" : "") + " )\n"
                + "    $m : Member( )\n    $v : Village( )\nthen\n"
                + "    award.grant($e, 1, \"\" + " + (inCondition ? "1" : expression) + ");\nend\n";
        int line = inCondition ? 5 : 9;
        List<Problem> problems = new PolicyCompiler().validate(SandboxTest.source("fuzz.drl", drl));
        assertThat(problems).as(expression).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.line()).isEqualTo(line);
        });
    }

    private Method pick(Class<?> type) {
        Method[] methods = Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() <= 2)
                .sorted(Comparator.comparing(Method::toGenericString)).toArray(Method[]::new);
        return methods.length == 0 ? null : methods[random.nextInt(methods.length)];
    }

    private static String arguments(Method method) {
        StringJoiner args = new StringJoiner(", ", "(", ")");
        for (Class<?> param : method.getParameterTypes()) {
            args.add(param == String.class || param == Object.class || param == CharSequence.class ? "\"x\""
                    : param == int.class || param == long.class ? "1" : param == boolean.class ? "true"
                    : param == LocalDate.class || param == LocalDateTime.class ? "$e.occurredAt()"
                    : param == DayOfWeek.class ? "DayOfWeek.MONDAY" : "null");
        }
        return args.toString();
    }
}

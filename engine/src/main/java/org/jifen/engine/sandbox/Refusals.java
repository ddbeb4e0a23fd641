package org.jifen.engine.sandbox;

/** Why something common in Java or DRL is not part of the rule grammar, in plain words. */
final class Refusals {

    private Refusals() {
    }

    static String keyword(String word) {
        return switch (word) {
            case "new" -> "规则里不能新建对象（new）";
            case "var" -> "规则里不能声明变量（var）；要用某个值，请在条件里绑定，例如 $min : minutes";
            case "class" -> "规则里不能使用类对象（.class）";
            case "eval" -> "不能用 eval：请把条件直接写在事实的括号里，例如 Evidence( minutes >= 60 )";
            case "function" -> "不能定义函数（function）";
            default -> "规则里不能使用“" + word + "”";
        };
    }

    static String condition(String kind) {
        return switch (kind) {
            case "EvalDescr" -> keyword("eval");
            case "ForallDescr" -> "不能用 forall：请改用 not 或 exists";
            case "CollectDescr" -> "不能用 collect：请改用 accumulate( …, count(…) )";
            case "EntryPointDescr" -> "不能使用 entry-point";
            case "WindowReferenceDescr", "BehaviorDescr" -> "不能使用时间窗口（window / over）";
            case "ConditionalBranchDescr", "NamedConsequenceDescr" -> "不能使用 if/do 分支和命名结果";
            default -> "条件里不能写这种结构（" + kind + "）：只能写事实、not、exists、and、or 和 accumulate";
        };
    }

    static String statement(String word) {
        return switch (word) {
            case "insert", "insertLogical", "modify", "update", "delete", "retract" ->
                    "规则不能增加、修改或删除事实（" + word + "）：then 后面只能写 award.grant 或 award.deduct";
            case "if", "for", "while", "do", "switch", "try" ->
                    "then 后面不能写 " + word + "：条件请写在 when 里，可以拆成两条规则";
            case "int", "long", "String", "var", "final" -> "then 后面不能声明变量：要用的值请在 when 里绑定，例如 $min : minutes";
            case "drools", "kcontext" -> "规则不能使用 " + word;
            default -> "then 后面只能写 award.grant($e, 分值, \"理由\"); 或 award.deduct($e, 分值, \"理由\");，不能写“" + word + "”";
        };
    }

    /** Why an operator outside the grammar is refused, or null for the grammar's own. */
    static String operator(String op) {
        return switch (op) {
            case "=", "+=", "-=", "*=", "/=", "++", "--" -> "规则里不能赋值或改变数值（" + op + "）；比较是否相等请写 ==";
            case "{", "}" -> "规则里不能写代码块 { }";
            case "[", "]" -> "规则里不能用数组、列表或下标 [ ]";
            case "->", "::" -> "规则里不能用 lambda 或方法引用（" + op + "）";
            case "@", "#" -> "这里不能写“" + op + "”";
            case "&", "|", "^", "~" -> "不能用位运算“" + op + "”：“并且”请写 &&，“或者”请写 ||";
            default -> null;
        };
    }
}

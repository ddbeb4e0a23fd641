package org.jifen.engine.policy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.jifen.engine.sandbox.CheckedRule;
import org.kie.internal.io.ResourceFactory;

/** Drools' DRL parser (which only parses: nothing of the text runs), with errors as problems. */
final class DrlFiles {

    private DrlFiles() {
    }

    /** The parsed file, or null with the parser's errors, in plain words, added to {@code problems}. */
    static PackageDescr parse(String file, String text, List<Problem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file), new StringReader(text));
        } catch (DroolsParserException e) {
            problems.add(Problem.error(file, e.getLineNumber(), e.getColumn(), ParseErrors.plain(e.getMessage(), text)));
            return null;
        }
        if (parser.hasErrors() || descr == null) {
            List<Problem> found = new ArrayList<>();
            for (DroolsError error : parser.getErrors()) {
                int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
                int column = error instanceof ParserError pe ? pe.getCol() : 0;
                found.add(Problem.error(file, line, column, ParseErrors.plain(error.getMessage(), text)));
            }
            problems.addAll(ParseErrors.explain(file, text, found));
            return null;
        }
        return descr;
    }

    /** Reads the rules' annotations as plain strings and removes them, so that Drools never evaluates one. */
    static List<CheckedRule> stripAnnotations(PackageDescr descr) {
        List<CheckedRule> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            Map<String, String> notes = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            for (AnnotationDescr note : rule.getAnnotations()) {
                Object value = note.getSingleValueStripped();
                notes.put(note.getName(), value == null ? "" : AnnotationDescr.unquote(String.valueOf(value)).trim());
                lines.put(note.getName(), rule.getLine());
            }
            if (!rule.getAnnotations().isEmpty()) {
                rule.getAnnotations().clear();
            }
            rules.add(new CheckedRule(rule.getName(), rule.getLine(), notes, lines));
        }
        return rules;
    }
}

package org.jifen.api.policy.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.pointslist.PointsList;
import org.jifen.engine.pointslist.PointsListSource;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.engine.template.Templates;
import org.jifen.engine.yaml.PlainYaml;

/**
 * The words a form may use, read from the draft: evidence types (village.yaml {@code types:} and the
 * points list's), roles (common ones, {@code settings: roles}, the points list's, those rules test),
 * categories (village.yaml {@code caps:}, the points list's, those rules name, 综合), and the names of
 * the rules in the DRL files (for uniqueness), with their files.
 */
public record FormVocabulary(Map<String, String> types, Set<String> roles, Set<String> categories,
        Map<String, String> ruleFiles) {

    /** Roles a village commonly gives (the points-list grid offers the same). */
    static final List<String> COMMON_ROLES = List.of("RESIDENT", "VILLAGER", "PARTY_MEMBER", "VOLUNTEER",
            "BUILDING_LEADER", "GRID_WORKER", "MICRO_GRID_WORKER", "LECTURER");
    static final String DEFAULT_CATEGORY = "综合";
    private static final String TEMPLATE_YAML = Templates.ATTACHED_YAML;
    private static final String TEMPLATE_LIST = Templates.ATTACHED_LIST;
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"\\\\\\n]*)\"");
    private static final Pattern CATEGORY = Pattern.compile("@category\\(\\s*\"([^\"\\\\\\n]*)\"\\s*\\)");
    private static final Pattern HAS_ROLE = Pattern.compile("hasRole\\(\\s*\"([A-Z][A-Z0-9_]{0,63})\"\\s*\\)");

    /** The vocabulary of a draft. */
    public static FormVocabulary of(PolicySource source) {
        Map<String, String> types = new LinkedHashMap<>();
        Set<String> roles = new TreeSet<>(COMMON_ROLES);
        Set<String> categories = new TreeSet<>(Set.of(DEFAULT_CATEGORY));
        Map<String, String> ruleFiles = new TreeMap<>();
        // a village that extends a template has the template's words too (attached as _template.*); its own win
        for (String file : List.of(TEMPLATE_YAML, PolicySource.VILLAGE_FILE)) {
            if (PlainYamlMap.of(source.files().get(file)) instanceof Map<?, ?> yaml) {
                PlainYamlMap.entries(yaml.get("types")).forEach(types::put);
                categories.addAll(PlainYamlMap.entries(yaml.get("caps")).keySet());
                String declared = PlainYamlMap.entries(yaml.get("settings")).getOrDefault("roles", "");
                for (String role : declared.split("[,;，；、]")) {
                    if (!role.isBlank()) {
                        roles.add(role.trim());
                    }
                }
            }
        }
        List<Problem> ignored = new ArrayList<>();
        List<PointsList> lists = new ArrayList<>();
        if (source.files().containsKey(PolicySource.POINTS_LIST_FILE)
                || source.files().containsKey(PolicySource.POINTS_LIST_XLSX)) {
            lists.add(PointsListSource.parse(source, ignored));
        }
        if (source.files().containsKey(TEMPLATE_LIST)) {
            lists.add(PointsList.parse(TEMPLATE_LIST, source.files().get(TEMPLATE_LIST), ignored));
        }
        for (PointsList list : lists) {
            if (list == null) {
                continue;
            }
            for (ListRow row : ListRow.of(list)) {
                if (!row.type().isBlank()) {
                    types.putIfAbsent(row.type(), row.type());
                }
                ruleFiles.putIfAbsent(row.item(), PolicySource.POINTS_LIST_FILE);
                roles.addAll(row.roles());
                if (!row.category().isBlank()) {
                    categories.add(row.category());
                }
            }
        }
        source.files().forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                all(RULE, text).forEach(rule -> ruleFiles.putIfAbsent(rule, name));
                categories.addAll(all(CATEGORY, text));
                roles.addAll(all(HAS_ROLE, text));
            }
        });
        return new FormVocabulary(types, roles, categories, ruleFiles);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** village.yaml read leniently: a map, or null when it cannot be read. */
    private static final class PlainYamlMap {

        static Object of(String text) {
            try {
                return text == null ? null : PlainYaml.load(text);
            } catch (RuntimeException e) {
                return null;
            }
        }

        static Map<String, String> entries(Object block) {
            Map<String, String> entries = new LinkedHashMap<>();
            if (block instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    if (k != null && v != null) {
                        entries.put(String.valueOf(k), String.valueOf(v));
                    }
                });
            }
            return entries;
        }
    }
}

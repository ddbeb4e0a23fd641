package org.jifen.engine.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.VillageConfig;
import org.jifen.engine.yaml.PlainYaml;

/**
 * The roles members are known to hold: the village.yaml setting {@code roles} (separated by ',', ';'
 * or '、'), the roles of the sample cases' members ({@code RESIDENT} when a case names none), and any
 * the caller adds (the API adds its members' roles). Unknown when none of these names any role.
 */
record KnownRoles(Set<String> roles, String from) {

    static final String SETTING = "roles";

    boolean known() {
        return !roles.isEmpty();
    }

    static KnownRoles of(PolicySource source, VillageConfig config, Set<String> memberRoles) {
        Set<String> roles = new TreeSet<>();
        List<String> from = new ArrayList<>();
        String declared = config.settings().get(SETTING);
        if (declared != null) {
            for (String role : declared.split("[,;，；、]")) {
                if (!role.isBlank()) {
                    roles.add(role.strip());
                }
            }
            from.add("village.yaml 的 settings roles");
        }
        source.caseFiles().values().forEach(text -> caseRoles(text, roles));
        if (!source.caseFiles().isEmpty()) {
            from.add("样例");
        }
        if (memberRoles != null && !memberRoles.isEmpty()) {
            roles.addAll(memberRoles);
            from.add("村里的成员");
        }
        return new KnownRoles(roles, String.join("、", from));
    }

    private static void caseRoles(String text, Set<String> roles) {
        Object doc;
        try {
            doc = PlainYaml.load(text);
        } catch (RuntimeException e) {
            return;
        }
        if (!(doc instanceof Map<?, ?> map) || !(map.get("cases") instanceof List<?> cases)) {
            return;
        }
        for (Object c : cases) {
            if (!(c instanceof Map<?, ?> sampleCase)) {
                continue;
            }
            List<?> members = sampleCase.get("members") instanceof List<?> list ? list
                    : java.util.Collections.singletonList(sampleCase.get("member"));
            for (Object m : members) {
                if (!(m instanceof Map<?, ?> member) || !member.containsKey("roles")) {
                    roles.add("RESIDENT");
                } else if (member.get("roles") instanceof List<?> list) {
                    list.forEach(r -> roles.add(String.valueOf(r)));
                }
            }
        }
    }
}

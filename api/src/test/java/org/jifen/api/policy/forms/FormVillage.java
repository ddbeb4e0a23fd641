package org.jifen.api.policy.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.engine.policy.PolicySource;

/** A test village for the rule forms: a type dictionary, categories in caps, declared roles. */
final class FormVillage {

    static final String YAML = """
            id: formtest
            name: 表单村
            timezone: Asia/Shanghai
            caps:
              弘德: 100/MONTH
              守法: 100/YEAR
              志愿服务: 30/MONTH
            settings:
              roles: "PARTY_MEMBER, LECTURER"
            types:
              GARBAGE_SORTING: 垃圾分类
              LITTERING: 乱扔垃圾
              VOLUNTEER: 志愿服务
            """;
    static final ObjectMapper JSON = new ObjectMapper();
    static final FormFile FILE = new FormFile(JSON);

    private FormVillage() {
    }

    static PolicySource source(Map<String, String> more) {
        Map<String, String> files = new TreeMap<>(more);
        files.put(PolicySource.VILLAGE_FILE, YAML);
        return new PolicySource("formtest", files);
    }

    static FormVocabulary vocabulary() {
        return FormVocabulary.of(source(Map.of()));
    }

    static RuleForm read(FormInput input) {
        return new FormReader(vocabulary()).read(input);
    }

    /** forms.drl with each form written in turn, as the endpoint writes them. */
    static String formsFile(List<RuleForm> forms) {
        String text = null;
        for (RuleForm form : forms) {
            text = FILE.write(text, "formtest", form, null);
        }
        return text;
    }

    static FormInput streak(String name, int days, int points, String maxTimes) {
        return new FormInput("streak", name, "GARBAGE_SORTING", "弘德", points, days, null, null, null, null, null, null,
                maxTimes, null);
    }

    static FormInput repeat(String name, String period, int from, int points, Integer base) {
        return new FormInput("repeat", name, "LITTERING", "守法", points, null, period, from, base, null, null, null,
                null, null);
    }

    static FormInput role(String name, List<String> roles, int points) {
        return new FormInput("role", name, "VOLUNTEER", "志愿服务", points, null, null, null, null, roles, null, null,
                null, null);
    }

    static FormInput hourly(String name, int minutes, int points, Integer maxUnits, String maxPoints) {
        return new FormInput("hourly", name, "VOLUNTEER", "志愿服务", points, null, null, null, null, null, minutes,
                maxUnits, null, maxPoints);
    }
}

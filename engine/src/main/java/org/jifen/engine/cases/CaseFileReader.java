package org.jifen.engine.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.Period;
import org.jifen.engine.policy.Participant;
import org.jifen.engine.yaml.PlainYaml;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** Reads {@code samples/<village>/*.yaml} in the contract's case format (§5, with issue 15's members and balances). */
final class CaseFileReader {

    private static final Set<String> KINDS = Set.of("POINTS", "WARNING", "HONOUR", "SUSPENSION");

    private final String file;
    private final Function<String, String> categoryOfRule;
    private final CaseYaml yaml;

    /** {@code categoryOfRule} gives a history entry's category from its rule's name. */
    CaseFileReader(String file, Function<String, String> categoryOfRule) {
        this.file = file;
        this.categoryOfRule = categoryOfRule;
        this.yaml = new CaseYaml(file);
    }

    List<SampleCase> read(String text) {
        Object doc;
        try {
            doc = PlainYaml.load(text);
        } catch (PlainYaml.YamlError e) {
            throw new CaseFormatException(file, e.line(), "不是有效的 YAML（缩进、冒号或引号有误）：" + e.getMessage());
        }
        Map<?, ?> root = doc instanceof Map<?, ?> m ? m : null;
        if (root == null || !(root.get("cases") instanceof List<?> cases)) {
            throw new CaseFormatException(file, 1, "案例文件应以 cases: 开头，下面列出各个案例");
        }
        List<SampleCase> result = new ArrayList<>();
        for (Object item : cases) {
            result.add(sampleCase(yaml.map(item, "一个案例")));
        }
        return result;
    }

    private SampleCase sampleCase(Map<?, ?> raw) {
        String name = CaseYaml.text(raw, "name", null);
        if (name == null) {
            throw yaml.error("每个案例都要有名称（name）");
        }
        List<Member> members = new ArrayList<>();
        if (raw.get("members") != null) {
            for (Object m : yaml.list(raw.get("members"), name)) {
                members.add(member(yaml.map(m, "一个成员")));
            }
        } else {
            members.add(member(raw.get("member") == null ? Map.of() : yaml.map(raw.get("member"), "成员（member）")));
        }
        Set<String> ids = new java.util.HashSet<>();
        members.forEach(m -> {
            if (!ids.add(m.id())) {
                throw yaml.error(CaseYaml.of(name) + "成员 " + m.id() + " 列了两次");
            }
        });
        String first = members.get(0).id();
        List<SampleCase.Entry> history = new ArrayList<>();
        int n = 0;
        for (Object item : yaml.list(raw.get("history"), name)) {
            Map<?, ?> h = yaml.map(item, "一条历史记录");
            String rule = yaml.required(h, "rule", name);
            history.add(new SampleCase.Entry(memberOf(h, ids, first, name), new HistoryEntry("history-" + (++n),
                    yaml.required(h, "type", name), rule, categoryOfRule.apply(rule), yaml.integer(h, "points", 0, name),
                    yaml.time(yaml.required(h, "at", name), name))));
        }
        List<Evidence> evidence = new ArrayList<>();
        Map<String, SampleCase.Participants> participants = new LinkedHashMap<>();
        for (Object item : yaml.list(raw.get("evidence"), name)) {
            Map<?, ?> e = yaml.map(item, "一条证据");
            evidence.add(evidence(e, memberOf(e, ids, first, name), name, evidence.size() + 1));
            if (e.get("participants") != null) {
                participants.put(evidence.get(evidence.size() - 1).id(), participants(e, name));
            }
        }
        if (!raw.containsKey("expect")) {
            throw yaml.error(CaseYaml.of(name) + "缺少 expect（不得分时写 expect: []）");
        }
        List<SampleCase.ExpectedAward> expect = awards(raw.get("expect"), "evidence", name);
        List<SampleCase.ProgrammeRun> programmes = new ArrayList<>();
        for (Object item : yaml.list(raw.get("programmes"), name)) {
            Map<?, ?> p = yaml.map(item, "一次期末评定");
            String scope = CaseYaml.text(p, "scope", "户");
            if (!scope.equals("户") && !scope.equals("人")) {
                throw yaml.error(CaseYaml.of(name) + "期末评定的范围（scope）只能是 户 或 人，实为 " + scope);
            }
            String periodName = yaml.required(p, "period", name);
            try {
                ForPeriod.parse(periodName);
                programmes.add(new SampleCase.ProgrammeRun(Period.valueOf(yaml.required(p, "programme", name)),
                        periodName, scope, awards(p.get("expect"), "id", name)));
            } catch (IllegalArgumentException e) {
                throw yaml.error(CaseYaml.of(name) + "期末评定 " + p + " 有误：" + e.getMessage());
            }
        }
        List<SampleCase.ExpectedBalance> balances = new ArrayList<>();
        for (Object item : yaml.list(raw.get("balances"), name)) {
            Map<?, ?> b = yaml.map(item, "一项应有余额");
            String member = CaseYaml.text(b, "member", null);
            String household = CaseYaml.text(b, "household", null);
            if ((member == null) == (household == null)) {
                throw yaml.error(CaseYaml.of(name) + "余额要写成员（member）或户（household）之一：" + b);
            }
            balances.add(new SampleCase.ExpectedBalance(member, household, yaml.integer(b, "net", 0, name),
                    yaml.optionalInteger(b, "warnings", name)));
        }
        return new SampleCase(file, name, List.copyOf(members), history, evidence, expect, balances, participants,
                programmes);
    }

    /** Expected awards; {@code subject} is the key naming the evidence (or, in a programme, the member or household). */
    private List<SampleCase.ExpectedAward> awards(Object raw, String subject, String name) {
        List<SampleCase.ExpectedAward> expect = new ArrayList<>();
        for (Object item : yaml.list(raw, name)) {
            Map<?, ?> e = yaml.map(item, "一项应得分");
            String kind = CaseYaml.text(e, "kind", "POINTS").toUpperCase();
            if (!KINDS.contains(kind)) {
                throw yaml.error(CaseYaml.of(name) + "kind 只能是 POINTS（得分）、WARNING（警告）、HONOUR（荣誉）或 SUSPENSION（暂停兑换），实为 " + kind);
            }
            expect.add(new SampleCase.ExpectedAward(yaml.required(e, subject, name), yaml.required(e, "rule", name),
                    yaml.integer(e, "points", 0, name), CaseYaml.text(e, "category", null),
                    yaml.optionalInteger(e, "requested", name), CaseYaml.text(e, "member", null), kind));
        }
        return expect;
    }

    private SampleCase.Participants participants(Map<?, ?> e, String name) {
        List<Participant> participants = new ArrayList<>();
        for (Object item : yaml.list(e.get("participants"), name)) {
            Map<?, ?> p = yaml.map(item, "一位参与人");
            participants.add(new Participant(yaml.required(p, "member", name), CaseYaml.text(p, "role", "")));
        }
        List<String> unregistered = yaml.list(e.get("unregistered"), name).stream().map(String::valueOf).toList();
        return new SampleCase.Participants(participants, unregistered);
    }

    private String memberOf(Map<?, ?> m, Set<String> ids, String fallback, String caseName) {
        String id = CaseYaml.text(m, "member", fallback);
        if (!ids.contains(id)) {
            throw yaml.error(CaseYaml.of(caseName) + "成员 " + id + " 不在本案例的成员 " + ids + " 之中");
        }
        return id;
    }

    private Member member(Map<?, ?> m) {
        List<String> roles = m.containsKey("roles") ? yaml.list(m.get("roles"), "member").stream().map(String::valueOf).toList()
                : List.of("RESIDENT");
        String joined = CaseYaml.text(m, "joined", null);
        return new Member(CaseYaml.text(m, "id", "m1"), CaseYaml.text(m, "household", "h1"), Set.copyOf(roles),
                joined == null ? null : yaml.date(joined));
    }

    private Evidence evidence(Map<?, ?> e, String memberId, String caseName, int index) {
        Map<String, String> attrs = new LinkedHashMap<>();
        if (e.get("attrs") != null) {
            yaml.map(e.get("attrs"), "attrs").forEach((k, v) -> attrs.put(String.valueOf(k), String.valueOf(v)));
        }
        if (e.get("forPeriod") != null) {
            attrs.put(ForPeriod.ATTRIBUTE, String.valueOf(e.get("forPeriod")));
        }
        String status = CaseYaml.text(e, "status", Evidence.APPROVED).toUpperCase();
        if (!Set.of(Evidence.APPROVED, Evidence.PENDING, Evidence.REJECTED).contains(status)) {
            throw yaml.error(CaseYaml.of(caseName) + "status 只能是 APPROVED（已审核）、PENDING（待审核）或 REJECTED（驳回），实为 " + status);
        }
        return new Evidence(CaseYaml.text(e, "id", "e" + index), yaml.required(e, "type", caseName), memberId,
                CaseYaml.text(e, "reporter", null), yaml.time(yaml.required(e, "at", caseName), caseName),
                yaml.integer(e, "minutes", 0, caseName), yaml.integer(e, "quantity", 1, caseName),
                yaml.integer(e, "photos", 0, caseName), status, attrs);
    }
}

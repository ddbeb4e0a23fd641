package org.jifen.api.policy.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.api.policy.draft.DraftService;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.policy.PolicySource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's 规则 forms over HTTP: list the draft's rules (form-made or hand-written) with the words
 * a form may use, and write a form rule into the draft's {@code forms.drl} (new, or in place of the
 * form rule it edits). Checking and publishing the draft stay with the draft endpoints.
 */
@RestController
@RequestMapping("/api/v1/villages/{village}/policy/draft/rule-forms")
class RuleFormController {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"\\\\]*)\"");

    private final DraftService drafts;
    private final FormFile forms;

    RuleFormController(DraftService drafts, ObjectMapper json) {
        this.drafts = drafts;
        this.forms = new FormFile(json);
    }

    @GetMapping
    RuleFormListing list(@PathVariable String village) {
        PolicySource source = drafts.source(village);
        FormVocabulary words = FormVocabulary.of(source);
        List<RuleFormEntry> rules = new ArrayList<>();
        Set<String> made = new HashSet<>();
        String own = source.files().get(FormFile.NAME);
        if (own != null) {
            for (FormFile.Block b : forms.blocks(own)) {
                rules.add(new RuleFormEntry(b.form().name(), FormFile.NAME, b.start() + 2, b.form().ruleNames(),
                        b.form().input(), b.form().drl()));
                made.addAll(b.form().ruleNames());
            }
        }
        source.files().forEach((file, text) -> {
            if (file.endsWith(".drl") && !file.startsWith("_template.")) {
                List<String> lines = FormFile.lines(text);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = RULE.matcher(lines.get(i));
                    if (m.find() && !(file.equals(FormFile.NAME) && made.contains(m.group(1)))) {
                        rules.add(new RuleFormEntry(m.group(1), file, i + 1, List.of(m.group(1)), null, null));
                    }
                }
            }
        });
        return new RuleFormListing(FormFile.NAME, rules, words.types(), words.roles(), words.categories());
    }

    /** Writes a form rule: 201 when it is new, 200 when it replaced one; 400 names a refused field. */
    @PostMapping
    ResponseEntity<RuleFormEntry> write(@PathVariable String village, @RequestBody RuleFormRequest request) {
        if (request == null) {
            throw new InvalidFieldException("form", "请填写表单");
        }
        PolicySource source = drafts.source(village);
        FormVocabulary words = FormVocabulary.of(source);
        RuleForm form = new FormReader(words).read(request.form());
        String text = source.files().get(FormFile.NAME);
        Set<String> replaced = new HashSet<>();
        if (request.replaces() != null && text != null) {
            forms.blocks(text).stream().filter(b -> b.form().name().equals(request.replaces()))
                    .forEach(b -> replaced.addAll(b.form().ruleNames()));
        }
        for (String name : form.ruleNames()) {
            String file = words.ruleFiles().get(name);
            if (file != null && !replaced.contains(name)) {
                throw new InvalidFieldException("name", "已经有名为“" + name + "”的规则（" + label(file) + "），请换一个名称");
            }
            if (words.types().containsKey(name)) {
                throw new InvalidFieldException("name", "规则名称不能和证据类型代码“" + name + "”相同");
            }
        }
        String written = forms.write(text, village, form, request.replaces());
        drafts.put(village, FormFile.NAME, written, null);
        FormFile.Block block = forms.blocks(written).stream().filter(b -> b.form().name().equals(form.name()))
                .findFirst().orElseThrow();
        RuleFormEntry entry = new RuleFormEntry(form.name(), FormFile.NAME, block.start() + 2, form.ruleNames(),
                form.input(), form.drl());
        return request.replaces() == null ? ResponseEntity.status(201).body(entry) : ResponseEntity.ok(entry);
    }

    private static String label(String file) {
        return Map.of(PolicySource.POINTS_LIST_FILE, "积分清单", PolicySource.POINTS_LIST_XLSX, "积分清单",
                FormFile.NAME, "表单规则").getOrDefault(file, "规则文件 " + file);
    }
}

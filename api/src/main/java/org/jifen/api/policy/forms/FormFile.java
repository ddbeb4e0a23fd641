package org.jifen.api.policy.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jifen.api.web.InvalidFieldException;

/**
 * The draft file the forms write, {@code forms.drl} (shown as 表单规则): each form rule is a marker line
 * {@code // 表单：{json}} followed by exactly the DRL the form generates from that json. A marker whose
 * rules were changed by hand no longer matches what it would generate, so those rules count as
 * hand-written. The sandbox drops comments from what Drools compiles; the draft keeps them.
 */
final class FormFile {

    static final String NAME = "forms.drl";
    static final String MARKER = "// 表单：";

    /** A form rule in the file: lines {@code [start, end)}, the marker first. */
    record Block(int start, int end, RuleForm form) {
    }

    private final ObjectMapper json;

    FormFile(ObjectMapper json) {
        this.json = json;
    }

    /** The marker line and the generated rules of a form. */
    String block(RuleForm form) {
        try {
            return MARKER + json.writeValueAsString(form.input()) + "\n" + form.drl();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form rules of a file's text whose rules are still exactly as generated. */
    List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(MARKER)) {
                continue;
            }
            RuleForm form = reopen(lines.get(i).substring(MARKER.length()));
            if (form == null) {
                continue;
            }
            List<String> generated = lines(form.drl());
            int end = i + 1 + generated.size();
            if (end <= lines.size() && lines.subList(i + 1, end).equals(generated)) {
                blocks.add(new Block(i, end, form));
                i = end - 1;
            }
        }
        return blocks;
    }

    private RuleForm reopen(String marker) {
        try {
            return new FormReader(null).read(json.readValue(marker, FormInput.class));
        } catch (JsonProcessingException | InvalidFieldException e) {
            return null;
        }
    }

    /**
     * The file with {@code form} in place of the form rule named {@code replaces} (or added at the
     * end when that is null); {@code text} null starts a new file for {@code villageId}.
     */
    String write(String text, String villageId, RuleForm form, String replaces) {
        String block = block(form);
        if (replaces != null && (text == null || blocks(text).stream().noneMatch(b -> b.form().name().equals(replaces)))) {
            throw new InvalidFieldException("replaces", "没有名为“" + replaces + "”的表单规则");
        }
        if (text == null || text.isBlank()) {
            return "package village." + villageId.replace('-', '_') + ";\n\n"
                    + "// 表单规则：由编辑页「规则」中的表单生成，请用表单修改；在「高级」中改过的规则，表单不再能打开。\n\n" + block;
        }
        List<String> lines = new ArrayList<>(lines(text));
        if (replaces != null) {
            Block old = blocks(text).stream().filter(b -> b.form().name().equals(replaces)).findFirst().orElseThrow();
            List<String> kept = new ArrayList<>(lines.subList(0, old.start()));
            kept.addAll(lines(block));
            kept.addAll(lines.subList(old.end(), lines.size()));
            return String.join("\n", kept) + "\n";
        }
        return String.join("\n", lines).replaceAll("\n*$", "") + "\n\n" + block;
    }

    /** The lines of a text, without line ends and without the empty string after a final line end. */
    static List<String> lines(String text) {
        String normal = text.replace("\r\n", "\n");
        if (normal.endsWith("\n")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split("\n", -1));
    }
}

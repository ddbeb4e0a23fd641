package org.jifen.api.policy.template;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.api.policy.TemplateStore;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Points-list templates (ADMIN): publish a version (republishing the villages that extend it) and read it. */
@RestController
@RequestMapping("/api/v1/templates/{template}")
class TemplateController {

    private final TemplatePublisher publisher;
    private final TemplateStore store;

    TemplateController(TemplatePublisher publisher, TemplateStore store) {
        this.publisher = publisher;
        this.store = store;
    }

    /** Publishes the files as the template's next version; 200 with the villages updated and broken, 422 when rejected. */
    @PutMapping
    TemplatePublication publish(@PathVariable String template, @Valid @RequestBody TemplateRequest request) {
        checkId(template);
        Map<String, String> files = new TreeMap<>();
        request.files().forEach((name, text) -> {
            if (!isTemplateFile(name)) {
                throw new InvalidFieldException("files." + name, "a template holds template.yaml, points-list.csv,"
                        + " .drl files and sample-case .yaml files only");
            }
            if (text == null) {
                throw new InvalidFieldException("files." + name, "must be the file's text");
            }
            files.put(name, text);
        });
        if (!files.containsKey(Templates.TEMPLATE_FILE)) {
            throw new InvalidFieldException("files", "template.yaml is required");
        }
        return publisher.publish(new PolicySource(template, files), request.author(),
                request.comment() == null || request.comment().isBlank() ? null : request.comment());
    }

    @GetMapping
    TemplateView read(@PathVariable String template) {
        checkId(template);
        TemplateStore.Published published = store.latest(template);
        if (published == null) {
            throw new NotFoundException("template " + template + " has not been published");
        }
        return new TemplateView(template, published.version(), published.contentHash(), published.source().files(),
                store.villagesExtending(template));
    }

    private static void checkId(String template) {
        if (!Templates.ID.matcher(template).matches()) {
            throw new InvalidFieldException("template", "a template id is lower-case ASCII letters, digits and '-',"
                    + " at most 50 characters");
        }
    }

    private static boolean isTemplateFile(String name) {
        return name.equals(Templates.TEMPLATE_FILE) || name.equals(PolicySource.POINTS_LIST_FILE)
                || name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\\.(drl|yaml|yml)") && !name.startsWith("_")
                && !name.equals(PolicySource.VILLAGE_FILE);
    }
}

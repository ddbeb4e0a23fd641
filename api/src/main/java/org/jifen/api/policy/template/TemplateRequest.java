package org.jifen.api.policy.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A template's files (template.yaml, points-list.csv, *.drl and sample-case .yaml files), who publishes it and why. */
public record TemplateRequest(
        @NotEmpty @Size(max = 50) Map<String, String> files,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String author,
        @Size(max = 500) String comment) {
}

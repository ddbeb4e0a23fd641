package org.jifen.api.policy.template;

import java.util.ArrayList;
import java.util.List;
import org.jifen.api.policy.PolicyFiles;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.api.policy.PublishCommand;
import org.jifen.api.policy.PublishRejectedException;
import org.jifen.api.policy.TemplateStore;
import org.jifen.api.policy.CaseView;
import org.jifen.api.policy.ProblemView;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.template.TemplateLink;
import org.springframework.stereotype.Service;

/**
 * Publishes templates through the publish gate ({@link PolicyPublisher#publishTemplate}: it compiles on
 * its own and all its sample cases pass), then republishes every village that extends it on the new
 * version, each through {@link PolicyPublisher#publish}. A village that
 * no longer validates is reported and keeps its last good version.
 */
@Service
public class TemplatePublisher {

    private final PolicyVersionMapper versions;
    private final TemplateStore templates;
    private final PolicyPublisher gate;

    TemplatePublisher(PolicyVersionMapper versions, TemplateStore templates, PolicyPublisher gate) {
        this.versions = versions;
        this.templates = templates;
        this.gate = gate;
    }

    /** @throws PublishRejectedException when the template does not compile or a case fails; nothing is stored then */
    public TemplatePublication publish(PolicySource template, String author, String comment) {
        String id = template.villageId();
        PolicyPublisher.Publication stored = gate.publishTemplate(template, author, comment);
        List<TemplatePublication.Updated> updated = new ArrayList<>();
        List<TemplatePublication.Broken> broken = new ArrayList<>();
        for (TemplateLink link : templates.villagesExtending(id)) {
            if (link.templateVersion() < stored.version()) {
                republish(link, id, stored.version(), author, updated, broken);
            }
        }
        return new TemplatePublication(id, stored.version(), stored.contentHash(), stored.created(), updated, broken);
    }

    private void republish(TemplateLink link, String id, int version, String author,
            List<TemplatePublication.Updated> updated, List<TemplatePublication.Broken> broken) {
        PolicyVersionRow latest = versions.findLatest(link.villageId());
        if (latest == null) {
            return;
        }
        PolicySource own = Templates.own(new PolicySource(link.villageId(), PolicyFiles.fromJson(latest.files())));
        if (!id.equals(Templates.extendsOf(own))) {
            return;
        }
        try {
            PolicyPublisher.Publication publication = gate.publish(new PublishCommand(own,
                    author, "template " + id + " version " + version, null,
                    PublishCommand.Origin.TEMPLATE, null));
            updated.add(new TemplatePublication.Updated(link.villageId(), publication.version(), publication.created()));
        } catch (PublishRejectedException e) {
            List<ProblemView> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(ProblemView.of(p)));
            e.caseProblems().forEach(p -> problems.add(ProblemView.ofCaseProblem(p)));
            List<CaseView> failed = e.failedCases().stream().filter(c -> !c.passed()).map(CaseView::of).toList();
            broken.add(new TemplatePublication.Broken(link.villageId(), latest.version(), link.templateVersion(),
                    problems, failed));
        }
    }

}

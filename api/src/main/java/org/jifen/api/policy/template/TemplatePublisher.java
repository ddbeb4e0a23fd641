package org.jifen.api.policy.template;

import java.util.ArrayList;
import java.util.List;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.policy.PolicyFiles;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.api.policy.PublishRejectedException;
import org.jifen.api.policy.TemplateStore;
import org.jifen.api.policy.CaseView;
import org.jifen.api.policy.ProblemView;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.template.TemplateLink;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Publishes templates through the same gate as villages (it compiles on its own and all its sample
 * cases pass), then republishes every village that extends it on the new version. A village that
 * no longer validates is reported and keeps its last good version.
 */
@Service
public class TemplatePublisher {

    private final PolicyCompiler compiler = new PolicyCompiler();
    private final PolicyVersionMapper versions;
    private final TemplateStore templates;
    private final PolicyPublisher villages;
    private final AuditLog audit;

    private final org.jifen.api.policy.PolicyRuns runs;

    TemplatePublisher(PolicyVersionMapper versions, TemplateStore templates, PolicyPublisher villages, AuditLog audit,
            org.jifen.api.policy.PolicyRuns runs) {
        this.runs = runs;
        this.versions = versions;
        this.templates = templates;
        this.villages = villages;
        this.audit = audit;
    }

    /** @throws PublishRejectedException when the template does not compile or a case fails; nothing is stored then */
    public TemplatePublication publish(PolicySource template, String author, String comment) {
        String id = template.villageId();
        String stored = TemplateStore.storedId(id);
        String hash = template.contentHash();
        requireValid(template);
        boolean created = false;
        int version;
        for (int attempt = 0; ; attempt++) {
            PolicyVersionRow latest = versions.findLatest(stored);
            if (latest != null && latest.contentHash().equals(hash)) {
                version = latest.version();
                break;
            }
            version = latest == null ? 1 : latest.version() + 1;
            try {
                versions.insert(new PolicyVersionRow(stored, version, hash, PolicyFiles.toJson(template.files()), author,
                        comment, null, null));
                created = true;
                audit.record(stored, AuditAction.POLICY_PUBLISH, "templates/" + id + "/versions/" + version,
                        latest == null ? null : latest.contentHash(), hash, "template " + id + " version " + version
                        + " by " + author + (comment == null ? "" : ": " + comment));
                break;
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
        List<TemplatePublication.Updated> updated = new ArrayList<>();
        List<TemplatePublication.Broken> broken = new ArrayList<>();
        for (TemplateLink link : templates.villagesExtending(id)) {
            if (link.templateVersion() < version) {
                republish(link, id, version, author, updated, broken);
            }
        }
        return new TemplatePublication(id, version, hash, created, updated, broken);
    }

    private void requireValid(PolicySource template) {
        PolicySource alone = Templates.asVillage(template);
        CompiledPolicy policy;
        try {
            policy = compiler.compile(alone, 0);
        } catch (PolicyException e) {
            throw new PublishRejectedException(template.villageId(), e.problems().stream()
                    .map(p -> p.file().equals(PolicySource.VILLAGE_FILE) ? new org.jifen.engine.policy.Problem(
                            Templates.TEMPLATE_FILE, p.line(), p.column(), p.severity(), p.message()) : p).toList(),
                    List.of(), List.of());
        }
        try {
            PolicyTest.VillageReport report = new PolicyTest(compiler).run(runs.bounded(policy), alone.caseFiles());
            if (!report.passed()) {
                throw new PublishRejectedException(template.villageId(), List.of(),
                        report.cases().stream().filter(c -> !c.passed()).toList(), report.problems());
            }
        } finally {
            policy.close();
        }
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
            PolicyPublisher.Publication publication = villages.publish(new org.jifen.api.policy.PublishCommand(own,
                    author, "template " + id + " version " + version, null,
                    org.jifen.api.policy.PublishCommand.Origin.TEMPLATE, null));
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

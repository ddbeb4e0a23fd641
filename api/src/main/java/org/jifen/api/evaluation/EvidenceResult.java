package org.jifen.api.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What happened to one evidence. {@code status}: CREDITED (evaluated and stored; its awards are
 * in the ledger), DRY_RUN, CONFLICT (the id was stored with other content), UNKNOWN_MEMBER,
 * FAILED (a rule failed or a runtime guard stopped it; nothing written), or NOT_EVALUATED (the
 * request's budget was spent before it; nothing written, send it again). {@code replayed} marks
 * a stored result returned for a repeated id. {@code provisionalAwards}: for PENDING evidence, what
 * its approval would add (evaluated as approved, dry); they wait in the review queue, not the ledger.
 * For evidence with participants each award names its participant ({@code memberId}), and
 * {@code unregistered} lists the participants who are not members of the village (not evaluated;
 * {@code problems} says so in Chinese): they do not fail the evidence.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record EvidenceResult(
        String evidenceId,
        Status status,
        Integer policyVersion,
        List<AwardView> awards,
        List<AwardView> provisionalAwards,
        List<String> problems,
        List<String> unregistered,
        String detail,
        boolean replayed) {

    /** The outcome of one evidence. */
    enum Status { CREDITED, DRY_RUN, CONFLICT, UNKNOWN_MEMBER, FAILED, NOT_EVALUATED }

    EvidenceResult {
        awards = awards == null ? List.of() : List.copyOf(awards);
        provisionalAwards = provisionalAwards == null ? List.of() : List.copyOf(provisionalAwards);
        problems = problems == null ? List.of() : List.copyOf(problems);
        unregistered = unregistered == null ? List.of() : List.copyOf(unregistered);
    }

    static EvidenceResult failed(String evidenceId, Status status, String detail) {
        return new EvidenceResult(evidenceId, status, null, List.of(), List.of(), List.of(), List.of(), detail, false);
    }

    EvidenceResult asReplay() {
        return new EvidenceResult(evidenceId, status, policyVersion, awards, provisionalAwards, problems, unregistered, detail,
                true);
    }

    boolean succeeded() {
        return status == Status.CREDITED || status == Status.DRY_RUN;
    }
}

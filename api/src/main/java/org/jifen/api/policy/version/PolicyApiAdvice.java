package org.jifen.api.policy.version;

import org.jifen.api.policy.CaseView;
import org.jifen.api.policy.ProblemView;
import org.jifen.api.policy.ContentTooLargeException;
import org.jifen.api.policy.UnsupportedContentException;
import org.jifen.api.policy.PolicyConflictException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jifen.api.policy.PublishRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem+json for the policy lifecycle endpoints (draft, versions, village create/rename): a
 * rejected publish is a 422 listing every problem with file and line and every failing case with
 * its differences. Other errors fall through to the service-wide advice.
 */
@RestControllerAdvice(basePackages = {"org.jifen.api.policy.draft", "org.jifen.api.policy.version", "org.jifen.api.policy.publish",
        "org.jifen.api.policy.template",
        "org.jifen.api.village"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyApiAdvice {

    @ExceptionHandler(PublishRejectedException.class)
    ProblemDetail rejected(PublishRejectedException e) {
        List<ProblemView> problems = new ArrayList<>();
        e.problems().forEach(p -> problems.add(ProblemView.of(p)));
        e.caseProblems().forEach(p -> problems.add(ProblemView.ofCaseProblem(p)));
        List<CaseView> failed = e.failedCases().stream().map(CaseView::of).toList();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Policy rejected", detail(problems, failed));
        problem.setProperty("problems", problems);
        problem.setProperty("failedCases", failed);
        return problem;
    }

    private static String detail(List<ProblemView> problems, List<CaseView> failed) {
        long errors = problems.stream().filter(ProblemView::isError).count();
        StringBuilder detail = new StringBuilder("the policy was not published: ");
        if (errors > 0) {
            ProblemView first = problems.stream().filter(ProblemView::isError).findFirst().orElseThrow();
            detail.append(errors).append(errors == 1 ? " problem" : " problems").append(", the first in ")
                    .append(first.file()).append(first.line() > 0 ? " line " + first.line() : "").append(": ")
                    .append(first.message());
        } else if (!failed.isEmpty()) {
            detail.append(failed.size()).append(failed.size() == 1 ? " case fails" : " cases fail")
                    .append(", the first: ").append(failed.get(0).file()).append(" · ").append(failed.get(0).name());
        } else {
            detail.append("its cases did not pass");
        }
        return detail.toString();
    }

    @ExceptionHandler(PolicyConflictException.class)
    ProblemDetail conflict(PolicyConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ProblemDetail tooLarge(ContentTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", e.getMessage());
    }

    @ExceptionHandler(UnsupportedContentException.class)
    ProblemDetail unsupported(UnsupportedContentException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://jifen.org/problems/" + title.toLowerCase().replace(' ', '-')));
        return problem;
    }
}

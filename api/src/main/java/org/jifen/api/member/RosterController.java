package org.jifen.api.member;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jifen.api.policy.ContentTooLargeException;
import org.jifen.api.village.KnownVillages;
import org.jifen.api.web.Problems;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A roster of members imported at once: the body is the file's bytes, an Excel workbook (.xlsx) or
 * CSV, with Chinese column names (姓名, 户号, 角色, 编号, 加入日期). Any error: 400 naming each row and
 * column in Chinese, and nothing is written.
 */
@RestController
class RosterController {

    private final RosterImport importer;
    private final VillageMapper villages;

    RosterController(RosterImport importer, VillageMapper villages) {
        this.importer = importer;
        this.villages = villages;
    }

    @PostMapping("/api/v1/villages/{village}/members/import")
    RosterResult importRoster(@PathVariable String village, HttpServletRequest request) throws IOException {
        KnownVillages.require(villages, village);
        if (request.getContentLengthLong() > RosterFile.MAX_BYTES) {
            throw new ContentTooLargeException("名册文件最大 1 MB，这个文件有 " + request.getContentLengthLong() + " 字节");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(RosterFile.MAX_BYTES + 1);
        }
        if (bytes.length > RosterFile.MAX_BYTES) {
            throw new ContentTooLargeException("名册文件最大 1 MB");
        }
        return importer.run(village, bytes);
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ProblemDetail tooLarge(ContentTooLargeException e) {
        ProblemDetail problem = Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(RosterRejectedException.class)
    ProblemDetail rejected(RosterRejectedException e) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        List<Map<String, Object>> errors = e.errors().stream().map(r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("field", "file");
            m.put("row", r.row());
            if (r.column() != null) {
                m.put("column", r.column());
            }
            m.put("message", r.message());
            return m;
        }).toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}

package org.jifen.api.policy.draft;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jifen.api.policy.ContentTooLargeException;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.api.policy.UnsupportedContentException;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.draft.DraftFileRow;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.village.VillageRow;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A village's draft policy over HTTP: files as text bodies, validate, test (publishing it is
 * {@code policy.publish.DraftPublishController}). The first
 * touch of a draft copies the live policy; see {@link DraftService}.
 */
@RestController
@RequestMapping("/api/v1/villages/{village}/policy/draft")
class DraftController {

    private static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final Set<String> TEXT_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
            "text/x-yaml", "text/csv", "application/octet-stream");

    private final DraftService drafts;
    private final DraftChecks checks;
    private final PolicyVersionMapper versionRows;

    DraftController(DraftService drafts, DraftChecks checks, PolicyVersionMapper versionRows) {
        this.drafts = drafts;
        this.checks = checks;
        this.versionRows = versionRows;
    }

    @GetMapping("/files")
    DraftListing list(@PathVariable String village) {
        ZoneId zone = PolicyTimes.zone(drafts.village(village).timezone());
        List<DraftFileView> files = drafts.list(village).stream().map(f -> DraftFileView.of(f, zone)).toList();
        PolicyVersionRow active = versionRows.findActive(village, LocalDateTime.now());
        return new DraftListing(village, active == null ? null : active.version(), files);
    }

    @GetMapping("/files/{name}")
    ResponseEntity<?> get(@PathVariable String village, @PathVariable String name) {
        DraftFileRow file = drafts.file(village, name);
        if (PolicySource.isBinaryFile(name)) {
            return WorkbookUpload.response(file.content());
        }
        return ResponseEntity.ok().contentType(TEXT_UTF8).body(file.content());
    }

    /**
     * Creates (201) or replaces (200) a file; the body is its text (text/plain; charset=utf-8), or for
     * points-list.xlsx the workbook's bytes (see {@link WorkbookUpload}). The
     * optional query parameter {@code author} is recorded as the file's {@code updatedBy}.
     */
    @PutMapping("/files/{name}")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the file's text",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    ResponseEntity<DraftFileView> put(@PathVariable String village, @PathVariable String name,
            @RequestParam(required = false) String author, HttpServletRequest request) throws IOException {
        DraftService.checkName(name);
        VillageRow row = drafts.village(village);
        if (author != null && author.length() > 100) {
            throw new InvalidFieldException("author", "at most 100 characters");
        }
        String content = PolicySource.isBinaryFile(name)
                ? WorkbookUpload.read(request, name, drafts.properties().maxFileBytes())
                : text(request, name, drafts.properties().maxFileBytes());
        boolean created = drafts.put(village, name, content, author == null || author.isBlank() ? null : author);
        ZoneId zone = PolicyTimes.zone(row.timezone());
        DraftFileView view = drafts.list(village).stream().filter(f -> f.fileName().equals(name)).findFirst()
                .map(f -> DraftFileView.of(f, zone)).orElseThrow();
        return created ? ResponseEntity.created(URI.create("/api/v1/villages/" + village + "/policy/draft/files/" + name))
                .body(view) : ResponseEntity.ok(view);
    }

    @DeleteMapping("/files/{name}")
    ResponseEntity<Void> delete(@PathVariable String village, @PathVariable String name) {
        drafts.delete(village, name);
        return ResponseEntity.noContent().build();
    }

    /** Discards the whole draft; the next touch starts again from the live policy. */
    @DeleteMapping
    ResponseEntity<Void> discard(@PathVariable String village) {
        drafts.discard(village);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/validate")
    ValidationView validate(@PathVariable String village) {
        return checks.validate(drafts.source(village));
    }

    @PostMapping("/test")
    TestView test(@PathVariable String village) {
        return checks.test(drafts.source(village));
    }

    /** The request body as text: at most {@code max} bytes, in the charset of its Content-Type (UTF-8 by default). */
    private static String text(HttpServletRequest request, String name, int max) throws IOException {
        Charset charset = charset(request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > max) {
            throw new ContentTooLargeException(name + " is " + declared + " bytes; a draft file may have at most "
                    + max + " bytes");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(max + 1);
        }
        if (bytes.length > max) {
            throw new ContentTooLargeException(name + " is larger than " + max
                    + " bytes, the most a draft file may have");
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFieldException("body", "the file is not valid " + charset.name()
                    + " text; save it as UTF-8 and send it with Content-Type: text/plain; charset=utf-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedContentException("Content-Type " + contentType + " cannot be read; send the file "
                    + "as text/plain; charset=utf-8");
        }
        String plain = type.getType() + "/" + type.getSubtype();
        if (!type.getType().equals("text") && !TEXT_TYPES.contains(plain)) {
            throw new UnsupportedContentException("a draft file is sent as its text with Content-Type: text/plain; "
                    + "charset=utf-8, not " + plain + " (with curl: -H 'Content-Type: text/plain; charset=utf-8' "
                    + "--data-binary @file)");
        }
        try {
            return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (IllegalArgumentException e) {
            throw new UnsupportedContentException("unknown charset in Content-Type " + contentType);
        }
    }
}

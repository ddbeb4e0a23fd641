package org.jifen.api.policy.draft;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Set;
import org.jifen.api.policy.ContentTooLargeException;
import org.jifen.api.policy.UnsupportedContentException;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.pointslist.PointsListSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code points-list.xlsx} in a draft: uploaded as the workbook's bytes, stored as their base64 (so the
 * spreadsheet the villagers' meeting adopted is what is versioned, and errors can name its cells), and
 * downloaded as the same bytes. A body that is not a workbook at all is refused; what its cells say is
 * for validate.
 */
final class WorkbookUpload {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> TYPES = Set.of(XLSX.toString(), "application/octet-stream", "application/zip");

    private WorkbookUpload() {
    }

    /** The body's base64; at most {@code max} bytes once encoded (3/4 of it as a workbook). */
    static String read(HttpServletRequest request, String name, int max) throws IOException {
        String type = request.getContentType();
        if (type != null) {
            MediaType media;
            try {
                media = MediaType.parseMediaType(type);
            } catch (org.springframework.http.InvalidMediaTypeException e) {
                throw new UnsupportedContentException("Content-Type " + type + " cannot be read");
            }
            if (!TYPES.contains(media.getType() + "/" + media.getSubtype())) {
                throw new UnsupportedContentException(name + " is sent as the workbook's bytes with Content-Type: " + XLSX
                        + " (with curl: -H 'Content-Type: " + XLSX + "' --data-binary @" + name + "), not " + type);
            }
        }
        int limit = max / 4 * 3;
        if (request.getContentLengthLong() > limit) {
            throw new ContentTooLargeException(name + " is " + request.getContentLengthLong() + " bytes; a workbook in a "
                    + "draft may have at most " + limit + " bytes");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw new ContentTooLargeException(name + " is larger than " + limit + " bytes, the most a workbook may have");
        }
        String problem = PointsListSource.unreadable(bytes);
        if (problem != null) {
            throw new InvalidFieldException("body", name + ": " + problem);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The stored workbook as its bytes. */
    static ResponseEntity<byte[]> response(String base64) {
        return ResponseEntity.ok().contentType(XLSX).body(Base64.getMimeDecoder().decode(base64));
    }
}

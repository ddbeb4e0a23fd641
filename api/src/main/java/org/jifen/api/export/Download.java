package org.jifen.api.export;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download: Content-Disposition with an ASCII fallback name and the real (Chinese) name per RFC 5987. */
public final class Download {

    /** The media type of .xlsx workbooks. */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Download() {
    }

    /** {@code body} as an attachment named {@code fileName} (such as 光华村积分公示-2026-11.xlsx). */
    public static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(XLSX).header("Content-Disposition", disposition("attachment", fileName))
                .header("X-Content-Type-Options", "nosniff").body(body);
    }

    /** {@code kind; filename="ascii"; filename*=UTF-8''percent-encoded}: old clients get the fallback. */
    public static String disposition(String kind, String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 attr-char kept, every other byte of the UTF-8 form as %XX. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

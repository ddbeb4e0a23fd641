package org.jifen.engine.pointslist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The few parts of an XLSX package the points list needs, read with hard bounds: at most
 * {@link #MAX_ENTRIES} entries, {@link #MAX_PART} bytes inflated per kept part and
 * {@link #MAX_TOTAL} bytes inflated over the whole package, whatever the headers claim (zip bombs).
 */
final class XlsxZip {

    static final int MAX_ENTRIES = 1_000;
    static final int MAX_PART = 16 * 1024 * 1024;
    static final long MAX_TOTAL = 64L * 1024 * 1024;

    private XlsxZip() {
    }

    /** The inflated bytes of the parts {@code wanted} accepts (others are read and dropped). */
    static Map<String, byte[]> parts(byte[] zip, Predicate<String> wanted) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new XlsxException("the workbook has more than " + MAX_ENTRIES + " parts");
                }
                String name = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
                boolean keep = wanted.test(name) && !parts.containsKey(name);
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = read(in, buffer)) > 0) {
                    size += n;
                    total += n;
                    if (total > MAX_TOTAL || (keep && size > MAX_PART)) {
                        throw new XlsxException("the workbook unpacks to more than "
                                + (keep && size > MAX_PART ? MAX_PART / (1024 * 1024) + " MB in " + name
                                : MAX_TOTAL / (1024 * 1024) + " MB") + "; save a smaller sheet");
                    }
                    if (keep) {
                        out.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    parts.put(name, out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new XlsxException("the file is not a readable .xlsx workbook (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw new XlsxException("the file is not an .xlsx workbook: save it from Excel or WPS as .xlsx");
        }
        return parts;
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }
}

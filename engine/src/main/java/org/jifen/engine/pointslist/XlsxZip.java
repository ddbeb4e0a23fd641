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
                    throw new XlsxException("表格文件的组成部分超过 " + MAX_ENTRIES + " 个，不像积分清单：请只保存积分清单这一张表");
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
                        throw new XlsxException("表格文件解开后超过 "
                                + (keep && size > MAX_PART ? MAX_PART / (1024 * 1024) + " MB（" + name + "）"
                                : MAX_TOTAL / (1024 * 1024) + " MB") + "，太大了：请保存一张小一些的表");
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
            throw new XlsxException("文件读不出来，不是完好的 .xlsx 表格（" + e.getMessage() + "）");
        }
        if (entries == 0) {
            throw new XlsxException("文件不是 .xlsx 表格：请用 Excel 或 WPS 另存为 .xlsx");
        }
        return parts;
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }
}

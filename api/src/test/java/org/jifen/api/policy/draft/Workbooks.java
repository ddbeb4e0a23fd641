package org.jifen.api.policy.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal .xlsx workbooks for API and browser tests: one sheet, text as inline strings, numbers as number cells. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A workbook whose rows are {@code rows}; a cell that parses as an integer is written as a number. */
    public static byte[] of(List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                String text = cells.get(c);
                if (text.isEmpty()) {
                    continue;
                }
                if (text.matches("-?\\d+")) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(text).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                            .append(text.replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final List<String> HEADER = List.of("项目", "类型", "分值", "类别", "次数上限", "分数上限", "适用角色", "需审核", "最少分钟");
}

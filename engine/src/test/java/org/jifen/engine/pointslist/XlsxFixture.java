package org.jifen.engine.pointslist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks for tests, laid out as Excel saves them: [Content_Types].xml, the
 * workbook and its relationships, a shared-string table and the first worksheet. Text cells go to
 * the shared strings unless written {@link #inline}; numbers and booleans are typed cells.
 */
public final class XlsxFixture {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder sheet = new StringBuilder();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private String sheetPath = "worksheets/sheet1.xml";

    /** A text cell stored inline (t="inlineStr"), as some exporters write it. */
    public record Inline(String text) {
    }

    /** Adds row {@code number} with cells from column A: String, Integer/Double, Boolean, Inline or null (empty). */
    public XlsxFixture row(int number, Object... cells) {
        sheet.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.length; i++) {
            String ref = XlsxSheet.letters(i + 1) + number;
            Object cell = cells[i];
            if (cell instanceof String text) {
                int index = strings.indexOf(text);
                if (index < 0) {
                    strings.add(text);
                    index = strings.size() - 1;
                }
                sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
            } else if (cell instanceof Inline inline) {
                sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(inline.text()))
                        .append("</t></is></c>");
            } else if (cell instanceof Boolean flag) {
                sheet.append("<c r=\"").append(ref).append("\" t=\"b\"><v>").append(flag ? 1 : 0).append("</v></c>");
            } else if (cell instanceof Number n) {
                sheet.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
            }
        }
        sheet.append("</row>");
        return this;
    }

    /** Appends raw worksheet XML inside sheetData. */
    public XlsxFixture raw(String xml) {
        sheet.append(xml);
        return this;
    }

    /** Adds any other part (for hostile packages). */
    public XlsxFixture part(String name, byte[] content) {
        extra.put(name, content);
        return this;
    }

    /** Puts the first sheet at another path, as some writers do. */
    public XlsxFixture sheetAt(String path) {
        sheetPath = path;
        return this;
    }

    public byte[] bytes() {
        return bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    }

    /** The workbook with {@code prolog} before the worksheet's root element (e.g. a DOCTYPE). */
    public byte[] bytes(String prolog) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"积分清单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                + sheetPath + "\"/></Relationships>");
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        strings.forEach(s -> sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        parts.put("xl/" + sheetPath, prolog + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheet + "</sheetData></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> part : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A typical list, Chinese header: a meeting, a patrol with minutes and a penalty. */
    public static XlsxFixture typical() {
        return new XlsxFixture()
                .row(1, "项目", "类型", "分值", "类别", "次数上限", "分数上限", "适用角色", "需审核", "最少分钟")
                .row(2, "参加村民说事会", "MEETING", 2, "善治", "4/MONTH", null, null, false)
                .row(3, "治安巡逻", "PATROL", 3, "平安", "3/WEEK", null, null, true, 60)
                .row(4, "乱扔垃圾", "LITTERING", -5, "守法", null, null, null, true);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.jifen.engine.pointslist;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an XLSX workbook as rows of cell texts, read with StAX: shared and
 * inline strings, numbers, booleans and formula results; no DTDs or entities (XXE), bounded size.
 */
final class XlsxSheet {

    /** Rows beyond this one are refused: a points list has a few hundred items at most. */
    static final int MAX_ROW = 10_000;
    static final int MAX_COLUMN = 16_384;
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELS = "xl/_rels/workbook.xml.rels";
    private static final String STRINGS = "xl/sharedStrings.xml";

    /** One row: its 1-based number and its non-empty cells by 1-based column. */
    record Row(int number, SortedMap<Integer, String> cells) {
    }

    private XlsxSheet() {
    }

    static List<Row> read(byte[] workbook) {
        Map<String, byte[]> parts = XlsxZip.parts(workbook, name -> name.equals(WORKBOOK) || name.equals(RELS)
                || name.equals(STRINGS) || name.startsWith("xl/worksheets/") && name.endsWith(".xml"));
        byte[] sheet = parts.get(firstSheet(parts));
        if (sheet == null) {
            throw new XlsxException("表格里没有工作表：请用 Excel 或 WPS 另存为 .xlsx");
        }
        List<String> strings = parts.containsKey(STRINGS) ? XlsxStrings.read(parts.get(STRINGS)) : List.of();
        return rows(sheet, strings);
    }

    /** The part name of the workbook's first sheet, by its relationship; sheet1.xml when that cannot be told. */
    private static String firstSheet(Map<String, byte[]> parts) {
        String fallback = "xl/worksheets/sheet1.xml";
        if (!parts.containsKey(WORKBOOK) || !parts.containsKey(RELS)) {
            return fallback;
        }
        String[] id = {null};
        walk(parts.get(WORKBOOK), r -> {
            if (id[0] == null && r.getLocalName().equals("sheet")) {
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    if (r.getAttributeLocalName(i).equals("id")) {
                        id[0] = r.getAttributeValue(i);
                    }
                }
            }
        });
        String[] target = {null};
        walk(parts.get(RELS), r -> {
            if (r.getLocalName().equals("Relationship") && id[0] != null && id[0].equals(r.getAttributeValue(null, "Id"))) {
                target[0] = r.getAttributeValue(null, "Target");
            }
        });
        if (target[0] == null) {
            return fallback;
        }
        String path = target[0].startsWith("/") ? target[0].substring(1) : "xl/" + target[0];
        return path.replace("/./", "/");
    }

    private static List<Row> rows(byte[] sheet, List<String> strings) {
        List<Row> rows = new ArrayList<>();
        XlsxCells cells = new XlsxCells(strings);
        try {
            XMLStreamReader r = reader(sheet);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XlsxException("工作表里有表格文件不该有的 DTD 声明：请用 Excel 或 WPS 重新保存");
                }
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                    Row row = cells.row(r, rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number());
                    if (row.number() > MAX_ROW && !row.cells().isEmpty()) {
                        throw new XlsxException(null, "row " + row.number() + " has content; a points list has at most "
                                + MAX_ROW + " rows");
                    }
                    rows.add(row);
                }
            }
        } catch (XMLStreamException e) {
            throw new XlsxException("工作表已损坏，读不出来：请用 Excel 或 WPS 重新保存（" + e.getMessage() + "）");
        }
        rows.removeIf(row -> row.cells().isEmpty());
        return rows;
    }

    /** Calls {@code onStart} for every start element; refuses DTDs. */
    static void walk(byte[] xml, java.util.function.Consumer<XMLStreamReader> onStart) {
        try {
            XMLStreamReader r = reader(xml);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XlsxException("表格文件里有不该有的 DTD 声明：请用 Excel 或 WPS 重新保存");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    onStart.accept(r);
                }
            }
        } catch (XMLStreamException e) {
            throw new XlsxException("表格文件已损坏，读不出来：请用 Excel 或 WPS 重新保存（" + e.getMessage() + "）");
        }
    }

    /** A StAX reader that resolves no DTD and no external entity. */
    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** The column's 1-based number of a ref such as {@code C5}; 0 when it is not one. */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && column <= MAX_COLUMN) {
            column = column * 26 + ref.charAt(i) - 'A' + 1;
            i++;
        }
        return i == 0 || column > MAX_COLUMN ? 0 : column;
    }

    /** The letters of a 1-based column: 1 → A, 27 → AA. */
    static String letters(int column) {
        StringBuilder out = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }

    /** A number cell's text: integers without ".0", other values in plain notation. */
    static String number(String ref, String value) {
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (Math.abs(number.scale()) > 40) {
                return value.strip();
            }
            String plain = number.stripTrailingZeros().toPlainString();
            return plain.length() > 40 ? value.strip() : plain;
        } catch (NumberFormatException e) {
            throw new XlsxException(ref, "数字单元格里是“" + value + "”，不是数字");
        }
    }
}

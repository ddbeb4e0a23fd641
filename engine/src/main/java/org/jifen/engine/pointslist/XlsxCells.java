package org.jifen.engine.pointslist;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one {@code <row>} of a worksheet into cell texts, by the cell's type attribute. */
final class XlsxCells {

    private final List<String> strings;

    XlsxCells(List<String> strings) {
        this.strings = strings;
    }

    /** Reads the row the reader is at (on its start element); {@code previous} is the last row's number. */
    XlsxSheet.Row row(XMLStreamReader r, int previous) throws XMLStreamException {
        int number = previous + 1;
        String declared = r.getAttributeValue(null, "r");
        if (declared != null) {
            try {
                number = Integer.parseInt(declared.strip());
            } catch (NumberFormatException e) {
                throw new XlsxException("a row is numbered \"" + declared + "\", which is not a row number");
            }
        }
        if (number <= previous || number > 1_048_576) {
            throw new XlsxException("row " + number + " is out of order or out of range");
        }
        SortedMap<Integer, String> cells = new TreeMap<>();
        int column = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                String ref = r.getAttributeValue(null, "r");
                int at = ref == null ? column + 1 : XlsxSheet.column(ref);
                if (at <= column || at == 0) {
                    throw new XlsxException(ref, "cell " + ref + " is out of order or not a cell reference");
                }
                column = at;
                String cellRef = XlsxSheet.letters(column) + number;
                String text = cell(r, cellRef, r.getAttributeValue(null, "t"));
                if (text != null && !text.isEmpty()) {
                    cells.put(column, text);
                }
            }
        }
        return new XlsxSheet.Row(number, cells);
    }

    /** The text of the cell the reader is at; null when it has no value. */
    private String cell(XMLStreamReader r, String ref, String type) throws XMLStreamException {
        String kind = type == null ? "n" : type;
        String value = null;
        String inline = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("v")) {
                value = r.getElementText();
            } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("is")) {
                inline = XlsxStrings.text(r, "is");
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XlsxException(ref, "单元格里有表格文件不该有的 XML 实体：请用 Excel 或 WPS 重新保存");
            }
        }
        return switch (kind) {
            case "inlineStr" -> inline;
            case "s" -> shared(ref, value);
            case "b" -> value == null ? null : value.strip().equals("1") ? "true" : "false";
            case "str", "d" -> value;
            case "e" -> throw new XlsxException(ref, "单元格里是错误值 " + value + "：请填入内容");
            case "n" -> value == null ? null : XlsxSheet.number(ref, value);
            default -> throw new XlsxException(ref, "单元格的类型“" + kind + "”无法识别：请用 Excel 或 WPS 重新保存");
        };
    }

    private String shared(String ref, String value) {
        if (value == null) {
            return null;
        }
        try {
            int index = Integer.parseInt(value.strip());
            if (index >= 0 && index < strings.size()) {
                return strings.get(index);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new XlsxException(ref, "单元格引用的文字 " + value + " 在表格里找不到：请用 Excel 或 WPS 重新保存");
    }
}

package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared-string table ({@code xl/sharedStrings.xml}): plain and rich-text items, phonetic runs left out. */
final class XlsxStrings {

    private XlsxStrings() {
    }

    static List<String> read(byte[] xml) {
        List<String> strings = new ArrayList<>();
        try {
            XMLStreamReader r = XlsxSheet.reader(xml);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XlsxException("表格的文字部分有不该有的 DTD 声明：请用 Excel 或 WPS 重新保存");
                }
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                    strings.add(text(r, "si"));
                }
            }
        } catch (XMLStreamException e) {
            throw new XlsxException("表格的文字部分已损坏：请用 Excel 或 WPS 重新保存（" + e.getMessage() + "）");
        }
        return strings;
    }

    /** The text of the {@code <t>} elements inside {@code element} (an si or an is), skipping {@code <rPh>}. */
    static String text(XMLStreamReader r, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                phonetic += name.equals("rPh") ? 1 : 0;
                inText = name.equals("t") && phonetic == 0;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals(element)) {
                    return text.toString();
                }
                phonetic -= name.equals("rPh") ? 1 : 0;
                inText = false;
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XlsxException("表格文件里有不该有的 XML 实体：请用 Excel 或 WPS 重新保存");
            }
        }
        return text.toString();
    }
}

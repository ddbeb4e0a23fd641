package org.jifen.engine.pointslist;

import java.util.ArrayList;
import java.util.List;

/** A minimal RFC 4180 reader: one record per line, quoted cells, no cell spanning lines. */
final class Csv {

    private Csv() {
    }

    /** The cells of one line; throws IllegalArgumentException on an unclosed quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("这一行有一个引号没有配对：格子里的内容不能换行");
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}

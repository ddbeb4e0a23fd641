package org.jifen.api.report;

import java.util.List;

/** Writes a public notice (公示) as CSV (UTF-8 with BOM, for spreadsheets) or as printable, escaped HTML. */
final class NoticeWriter {

    static final String[] HEADER = {"排名", "姓名", "户号", "本期积分", "期末积分"};

    private NoticeWriter() {
    }

    static String csv(List<NoticeLine> lines) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (NoticeLine line : lines) {
            out.append(line.rank()).append(',').append(cell(line.name())).append(',').append(cell(line.householdId()))
                    .append(',').append(line.points()).append(',').append(line.balance()).append("\r\n");
        }
        return out.toString();
    }

    /** A CSV cell: quoted when needed; a leading = + - @ is neutralised so no spreadsheet runs it as a formula. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String value = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return value.matches("[^\",\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static String html(String title, String period, List<NoticeLine> lines, String footer) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>")
                .append("body{font-family:\"Songti SC\",\"SimSun\",serif;margin:2em}h1{text-align:center}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:4px 8px;")
                .append("text-align:center}@media print{body{margin:0}}</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n<p>公示期间：").append(escape(period)).append("</p>\n<table>\n<tr>");
        for (String head : HEADER) {
            out.append("<th>").append(head).append("</th>");
        }
        out.append("</tr>\n");
        for (NoticeLine line : lines) {
            out.append("<tr><td>").append(line.rank()).append("</td><td>").append(escape(line.name()))
                    .append("</td><td>").append(escape(line.householdId())).append("</td><td>").append(line.points())
                    .append("</td><td>").append(line.balance()).append("</td></tr>\n");
        }
        return out.append("</table>\n<p>").append(escape(footer)).append("</p>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package org.jifen.api.report;

import java.util.ArrayList;
import java.util.List;
import org.jifen.api.export.Xlsx;

/** Writes a public notice (公示) as CSV (UTF-8 with BOM), as printable escaped HTML, or as an .xlsx workbook. */
final class NoticeWriter {

    static final String[] HEADER = {"排名", "姓名", "户", "本期积分", "期末积分"};
    static final String HONOURS = "荣誉榜";
    static final String[] HONOUR_HEADER = {"荣誉", "获得者", "评定周期"};

    private NoticeWriter() {
    }

    static String csv(Notice notice) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (NoticeLine line : notice.lines()) {
            out.append(line.rank()).append(',').append(cell(line.name())).append(',').append(cell(line.household()))
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

    /** The workbook: title, 积分期间, 公示期 and issuer above the table, the footer below it. */
    static byte[] xlsx(Notice notice) {
        List<List<?>> rows = new ArrayList<>();
        for (NoticeLine line : notice.lines()) {
            rows.add(List.of(line.rank(), line.name(), line.household() == null ? "" : line.household(),
                    line.points(), line.balance()));
        }
        if (!notice.honours().isEmpty()) {
            rows.add(List.of());
            rows.add(List.of(HONOURS));
            rows.add(List.of(HONOUR_HEADER));
            notice.honours().forEach(h -> rows.add(List.of(h.title(), h.holder(), h.period())));
        }
        rows.add(List.of());
        rows.add(List.of(notice.footer()));
        rows.add(List.of(notice.issuedText()));
        return Xlsx.of("积分公示", List.of(notice.title(), notice.scoredText(), notice.publicityText()),
                List.of(HEADER), rows);
    }

    static String html(Notice notice) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(notice.title())).append("</title>\n<style>")
                .append("body{font-family:\"Songti SC\",\"SimSun\",serif;margin:2em}h1{text-align:center}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:4px 8px;")
                .append("text-align:center}.issuer{text-align:right}@media print{body{margin:0}}</style>\n</head>\n")
                .append("<body>\n<h1 class=\"notice-title\">").append(escape(notice.title())).append("</h1>\n")
                .append("<p class=\"notice-scored\">").append(escape(notice.scoredText())).append("</p>\n")
                .append("<p class=\"notice-public\">").append(escape(notice.publicityText())).append("</p>\n<table>\n<tr>");
        for (String head : HEADER) {
            out.append("<th>").append(head).append("</th>");
        }
        out.append("</tr>\n");
        for (NoticeLine line : notice.lines()) {
            out.append("<tr><td data-label=\"排名\">").append(line.rank()).append("</td><td data-label=\"姓名\">")
                    .append(escape(line.name())).append("</td><td data-label=\"户\">").append(escape(line.household()))
                    .append("</td><td data-label=\"本期积分\">").append(line.points())
                    .append("</td><td data-label=\"期末积分\">").append(line.balance()).append("</td></tr>\n");
        }
        out.append("</table>\n");
        honours(notice, out);
        return out.append("<p>").append(escape(notice.footer())).append("</p>\n<p class=\"issuer\">")
                .append("<span class=\"notice-issuer\">").append(escape(notice.issuer())).append("</span><br>")
                .append("<span class=\"notice-date\">").append(escape(Notice.day(notice.issued()))).append("</span></p>\n")
                .append("</body>\n</html>\n").toString();
    }

    /** The 荣誉榜 section, when the period has honours. */
    private static void honours(Notice notice, StringBuilder out) {
        if (notice.honours().isEmpty()) {
            return;
        }
        out.append("<h2 class=\"notice-honours-title\">").append(HONOURS).append("</h2>\n")
                .append("<table class=\"notice-honours\">\n<tr>");
        for (String head : HONOUR_HEADER) {
            out.append("<th>").append(head).append("</th>");
        }
        out.append("</tr>\n");
        for (NoticeHonour h : notice.honours()) {
            out.append("<tr><td data-label=\"荣誉\">").append(escape(h.title())).append("</td><td data-label=\"获得者\">")
                    .append(escape(h.holder())).append("</td><td data-label=\"评定周期\">").append(escape(h.period()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
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

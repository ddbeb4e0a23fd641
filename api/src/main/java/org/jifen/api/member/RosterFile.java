package org.jifen.api.member;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jifen.api.member.Roster.RowError;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.pointslist.Worksheets;
import org.jifen.engine.pointslist.Worksheets.Line;

/**
 * An uploaded roster's rows: an Excel workbook (.xlsx, read by the engine's bounded reader: at most
 * 1 000 zip entries, 64 MB unpacked, no DTDs) or CSV text (UTF-8, or GB18030 as Excel saves it in China).
 */
final class RosterFile {

    /** The most bytes a roster upload may have. */
    static final int MAX_BYTES = 1024 * 1024;

    /** The rows, or the rows' errors (a CSV line with an unclosed quote). */
    record Sheet(List<Line> lines, List<RowError> errors) {
    }

    private RosterFile() {
    }

    static Sheet read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidFieldException("file", "文件是空的");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            try {
                return new Sheet(Worksheets.xlsx(bytes), List.of());
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("file", "无法读取这个 Excel 文件；请在 Excel 或 WPS 里另存为 .xlsx 后再导入");
            }
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new InvalidFieldException("file", "这是旧版 Excel（.xls）文件；请另存为 .xlsx 或 CSV 后再导入");
        }
        String text = text(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new InvalidFieldException("file", "这不是名册文件：请上传 .xlsx 或 .csv 文件");
        }
        List<Line> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length && lines.size() <= Roster.MAX_ROWS + 1; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            try {
                lines.add(new Line(i + 1, Worksheets.csvCells(raw[i])));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(i + 1, null, e.getMessage()));
            }
        }
        return new Sheet(lines, errors);
    }

    private static String text(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}

package org.jifen.api.programme;

import java.time.LocalDate;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.history.Period;

/** A period a programme runs for: {@code 2026} (YEAR), {@code 2026-H1}, {@code 2026-Q1} or {@code 2026-03}; [start, end). */
record ProgrammePeriod(Period period, String name, LocalDate start, LocalDate end) {

    static ProgrammePeriod parse(String text) {
        String name = text == null ? "" : text.strip();
        Period period;
        if (name.matches("\\d{4}")) {
            period = Period.YEAR;
        } else if (name.matches("\\d{4}-H[12]")) {
            period = Period.HALF_YEAR;
        } else if (name.matches("\\d{4}-Q[1-4]")) {
            period = Period.QUARTER;
        } else if (name.matches("\\d{4}-\\d{2}")) {
            period = Period.MONTH;
        } else {
            throw new InvalidFieldException("period", "评比周期要写成 2026、2026-H1、2026-Q1 或 2026-03，这里写的是“"
                    + name + "”");
        }
        LocalDate start;
        try {
            start = ForPeriod.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("period", e.getMessage());
        }
        return new ProgrammePeriod(period, name, start, period.end(start));
    }
}

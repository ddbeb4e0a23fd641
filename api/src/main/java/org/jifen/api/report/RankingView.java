package org.jifen.api.report;

import java.time.LocalDate;
import java.util.List;

/** Points earned in a period ({@code period}: its name when asked by name, else null), highest first; equal points share a rank (1, 1, 3). */
record RankingView(String villageId, String by, String category, LocalDate from, LocalDate to, String period,
        List<Row> rows) {

    record Row(int rank, String id, String name, long points) {
    }
}

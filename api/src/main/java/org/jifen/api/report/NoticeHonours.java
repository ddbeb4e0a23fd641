package org.jifen.api.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jifen.persistence.report.HonourRow;

/**
 * The notice's 荣誉榜 from the HONOUR entries of the period. The ledger does not say whether an honour
 * was a household's or a member's: a programme enters a household's honour on the household's first
 * member by id, so a run ({@code source_id}) all of whose honours sit on their household's first member
 * is read as the households' (shown by the head's masked name, 张*华户), any other as the members'
 * (their masked names). Never an id.
 */
final class NoticeHonours {

    static final String UNNAMED = "（未登记姓名）";

    private NoticeHonours() {
    }

    /** {@code households}: each household's head as residents know them (张*华户), see NoticeController. */
    static List<NoticeHonour> of(List<HonourRow> rows, Map<String, String> households, NameMask mask) {
        Map<String, List<HonourRow>> bySource = new LinkedHashMap<>();
        rows.forEach(r -> bySource.computeIfAbsent(String.valueOf(r.sourceId()), s -> new ArrayList<>()).add(r));
        List<NoticeHonour> honours = new ArrayList<>();
        bySource.forEach((source, entries) -> {
            boolean ofHouseholds = entries.stream()
                    .allMatch(r -> r.householdId() != null && Objects.equals(r.memberId(), r.firstMember()));
            String period = source.startsWith("programme:") ? source.substring(source.lastIndexOf(':') + 1) : "";
            for (HonourRow r : entries) {
                String holder = ofHouseholds ? households.getOrDefault(r.householdId(), UNNAMED + "户")
                        : r.name() == null || r.name().isBlank() ? UNNAMED : mask.apply(r.name().strip());
                String title = r.reason() == null || r.reason().isBlank() ? r.ruleName() : r.reason();
                honours.add(new NoticeHonour(title, holder, period));
            }
        });
        return honours;
    }
}

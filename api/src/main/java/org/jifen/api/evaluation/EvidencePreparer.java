package org.jifen.api.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.policy.Participant;
import org.jifen.engine.policy.ServiceSettings;
import org.jifen.facts.Evidence;

/**
 * Converts posted evidence to facts: {@code occurredAt} is read as village time when it has no
 * offset and converted to village time when it has one (to the second). The canonical payload
 * decides whether a repeated id carries the same content.
 */
final class EvidencePreparer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidencePreparer() {
    }

    /** The earliest {@code occurredAt} accepted: evidence is about the present, not history. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** The village setting that says how far in the future {@code occurredAt} may be, in minutes. */
    static final String MAX_FUTURE_SETTING = ServiceSettings.MAX_FUTURE;

    /**
     * @param latest the latest {@code occurredAt} accepted (village time): now plus the village's
     *     {@value #MAX_FUTURE_SETTING}
     */
    static PreparedEvidence prepare(EvidenceInput input, int index, ZoneId zone, LocalDateTime latest,
            int maxFutureMinutes) {
        String field = "evidence[" + index + "].occurredAt";
        LocalDateTime occurredAt = villageTime(input.occurredAt(), zone, field);
        if (occurredAt.isAfter(latest)) {
            throw new InvalidFieldException(field, "is " + occurredAt + " village time, in the future; the village "
                    + "accepts evidence at most " + maxFutureMinutes + " minutes ahead of its clock (setting "
                    + MAX_FUTURE_SETTING + ")");
        }
        if (occurredAt.isBefore(EARLIEST)) {
            throw new InvalidFieldException(field, "is before " + EARLIEST.toLocalDate() + ", the earliest accepted");
        }
        Map<String, String> attrs = input.attrs() == null ? Map.of() : new TreeMap<>(input.attrs());
        Evidence fact = new Evidence(input.id(), input.type(), input.memberId(), input.reporterId(), occurredAt,
                orZero(input.minutes()), input.quantity() == null ? 1 : input.quantity(), orZero(input.photos()),
                input.status() == null ? Evidence.APPROVED : input.status(), attrs);
        List<Participant> participants = participants(input, index);
        String payload = canonical(fact, participants);
        return new PreparedEvidence(fact, participants, payload, sha256(payload));
    }

    /** The posted participants, in order; a member listed twice is refused. */
    private static List<Participant> participants(EvidenceInput input, int index) {
        if (input.participants() == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<Participant> participants = new ArrayList<>(input.participants().size());
        for (int i = 0; i < input.participants().size(); i++) {
            ParticipantInput p = input.participants().get(i);
            if (!seen.add(p.memberId())) {
                throw new InvalidFieldException("evidence[" + index + "].participants[" + i + "].memberId",
                        "参与人 " + p.memberId() + " 重复列出了，每人只列一次（member " + p.memberId()
                                + " appears more than once among the participants）");
            }
            participants.add(new Participant(p.memberId(), p.role().strip()));
        }
        return participants;
    }

    static LocalDateTime villageTime(String text, ZoneId zone, String field) {
        try {
            if (hasOffset(text)) {
                return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
            }
            return LocalDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS);
        } catch (java.time.DateTimeException e) {
            throw new InvalidFieldException(field,
                    "must be an ISO-8601 date-time such as 2026-11-18T08:30 (village time) or 2026-11-18T08:30+08:00");
        }
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        return t > 0 && (text.endsWith("Z") || text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
    }

    /** The canonical JSON; {@code participants} only when there are some (payloads without them are unchanged). */
    private static String canonical(Evidence e, List<Participant> participants) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", e.id());
        map.put("type", e.type());
        map.put("memberId", e.memberId());
        map.put("reporterId", e.reporterId());
        map.put("occurredAt", e.occurredAt().toString());
        map.put("status", e.status());
        map.put("minutes", e.minutes());
        map.put("quantity", e.quantity());
        map.put("photos", e.photos());
        map.put("attrs", new TreeMap<>(e.attrs()));
        if (!participants.isEmpty()) {
            map.put("participants", participants.stream().map(p -> {
                Map<String, String> one = new LinkedHashMap<>();
                one.put("memberId", p.memberId());
                one.put("role", p.role());
                return one;
            }).toList());
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}

package org.jifen.api.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jifen.engine.policy.Participant;
import org.jifen.facts.Evidence;
import org.jifen.persistence.evidence.StoredEvidence;

/**
 * Reads a stored evidence payload, the canonical JSON the evaluate endpoint wrote (id, type,
 * memberId, reporterId, occurredAt in village time, status, minutes, quantity, photos, attrs and,
 * when posted, participants), back into the fact the rules saw, with the evidence's current status,
 * and into its participants.
 */
public final class StoredPayloads {

    private static final ObjectReader READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .readerFor(Payload.class);

    private StoredPayloads() {
    }

    /** The payload's fields; the row's key, member and time win when the payload lacks them. */
    record Payload(String id, String type, String memberId, String reporterId, String occurredAt, String status,
            Integer minutes, Integer quantity, Integer photos, Map<String, String> attrs,
            List<Participant> participants) {
    }

    /**
     * The participants stored with the evidence, in the order posted (empty when it had none).
     *
     * @throws IllegalArgumentException when the payload is not readable evidence
     */
    public static List<Participant> participants(StoredEvidence row) {
        List<Participant> participants = payload(row).participants();
        return participants == null ? List.of() : List.copyOf(participants);
    }

    private static Payload payload(StoredEvidence row) {
        Payload p;
        try {
            p = READER.readValue(row.payload());
        } catch (IOException e) {
            throw new IllegalArgumentException("stored payload is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        if (p == null || p.type() == null) {
            throw new IllegalArgumentException("stored payload has no evidence type");
        }
        return p;
    }

    /** The row's status (a review decides evidence submitted PENDING), else the payload's, else APPROVED. */
    private static String status(StoredEvidence row, Payload p) {
        return row.status() != null ? row.status() : p.status() == null ? Evidence.APPROVED : p.status();
    }

    /** @throws IllegalArgumentException when the payload is not readable evidence */
    public static Evidence read(StoredEvidence row) {
        Payload p = payload(row);
        LocalDateTime occurredAt;
        try {
            occurredAt = p.occurredAt() == null ? row.occurredAt() : LocalDateTime.parse(p.occurredAt());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("stored payload has an unreadable occurredAt: " + p.occurredAt(), e);
        }
        return new Evidence(row.evidenceId(), p.type(), row.memberId(), p.reporterId(), occurredAt,
                p.minutes() == null ? 0 : p.minutes(), p.quantity() == null ? 1 : p.quantity(),
                p.photos() == null ? 0 : p.photos(), status(row, p), p.attrs());
    }
}

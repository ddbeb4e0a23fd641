package org.jifen.facts;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One piece of submitted evidence, as rules see it; {@code occurredAt} is village time.
 */
public record Evidence(
        String id,
        String type,
        String memberId,
        String reporterId,
        LocalDateTime occurredAt,
        int minutes,
        int quantity,
        int photos,
        String status,
        Map<String, String> attrs) {

    public static final String APPROVED = "APPROVED";
    public static final String PENDING = "PENDING";
    public static final String REJECTED = "REJECTED";
    /** The attribute holding a participant's role when evidence is evaluated for each participant. */
    public static final String PARTICIPANT_ROLE = "participantRole";

    public Evidence {
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
        status = status == null ? APPROVED : status;
    }

    public boolean approved() {
        return APPROVED.equals(status);
    }

    /** The role of the member this evidence is evaluated for, as one of its participants; null otherwise. */
    public String participantRole() {
        return attrs.get(PARTICIPANT_ROLE);
    }

    /** This evidence as evaluated for one participant: their member id and role. */
    public Evidence forParticipant(String participantId, String role) {
        Map<String, String> withRole = new java.util.HashMap<>(attrs);
        withRole.put(PARTICIPANT_ROLE, role == null ? "" : role);
        return new Evidence(id, type, participantId, reporterId, occurredAt, minutes, quantity, photos, status, withRole);
    }

    /** The attribute's value, or null. */
    public String attr(String key) {
        return attrs.get(key);
    }

    /** The attribute as an int; 0 when absent or not a number. */
    public int number(String key) {
        return Numbers.parseOrZero(attrs.get(key));
    }
}

package org.jifen.api.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jifen.api.evaluation.AwardView;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.evidence.EvidenceRow;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.review.ReviewItemRow;
import org.springframework.stereotype.Component;

/**
 * What a reviewer needs to see beside the queue's rows: member and reporter names, the type's Chinese
 * name, the photos (count and http(s) addresses from the payload) and the submission time in village time.
 */
@Component
class QueueDetails {

    /** The most photo addresses shown per evidence. */
    static final int MAX_PHOTO_URLS = 10;

    private final PolicyRegistry registry;
    private final EvidenceMapper evidence;
    private final MemberMapper members;
    private final ObjectMapper json;

    QueueDetails(PolicyRegistry registry, EvidenceMapper evidence, MemberMapper members, ObjectMapper json) {
        this.registry = registry;
        this.evidence = evidence;
        this.members = members;
        this.json = json;
    }

    List<PendingItem> of(String village, ZoneId zone, List<ReviewItemRow> items,
            Map<String, List<DecisionView>> decisions, java.util.function.Function<String, List<AwardView>> awards) {
        Map<String, String> types = registry.active(village).map(p -> p.config().types()).orElse(Map.of());
        Map<String, JsonNode> payloads = new HashMap<>();
        for (EvidenceRow row : evidence.findByIds(village, items.stream().map(ReviewItemRow::evidenceId).toList())) {
            payloads.put(row.evidenceId(), read(row.payload()));
        }
        List<String> people = items.stream().flatMap(i -> Stream.of(i.memberId(),
                text(payloads.get(i.evidenceId()), "reporterId"))).filter(s -> s != null).distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (MemberRow m : members.findByIds(village, people)) {
            if (m.name() != null) {
                names.put(m.memberId(), m.name());
            }
        }
        List<PendingItem> out = new ArrayList<>(items.size());
        for (ReviewItemRow i : items) {
            JsonNode payload = payloads.get(i.evidenceId());
            String reporter = text(payload, "reporterId");
            JsonNode photos = payload == null ? null : payload.get("photos");
            out.add(new PendingItem(i.evidenceId(), i.memberId(), names.get(i.memberId()), i.householdId(),
                    i.evidenceType(), types.get(i.evidenceType()), i.occurredAt(), i.status(), i.provisionalPoints(),
                    awards.apply(i.provisionalAwards()), decisions.getOrDefault(i.evidenceId(), List.of()),
                    PolicyTimes.show(i.submittedAt(), zone), reporter, reporter == null ? null : names.get(reporter),
                    photos != null && photos.isInt() ? photos.intValue() : null, photoUrls(payload)));
        }
        return out;
    }

    /** The attribute values that are absolute http(s) URLs with a host (nothing else is ever shown as a link). */
    static List<String> photoUrls(JsonNode payload) {
        JsonNode attrs = payload == null ? null : payload.get("attrs");
        if (attrs == null || !attrs.isObject()) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        attrs.fields().forEachRemaining(f -> {
            String value = f.getValue().asText("").strip();
            if (urls.size() < MAX_PHOTO_URLS && isWebAddress(value)) {
                urls.add(value);
            }
        });
        return urls;
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null && value.length() <= 500
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private JsonNode read(String payload) {
        try {
            return payload == null ? null : json.readTree(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode payload, String field) {
        JsonNode node = payload == null ? null : payload.get(field);
        return node == null || !node.isTextual() ? null : node.asText();
    }
}

package org.jifen.engine.policy;

/** One participant of evidence (参与人): a member id and the role they had (组织者, 参与者 …). */
public record Participant(String memberId, String role) {
}

package org.jifen.facts;

/**
 * The current net of the member or of their household ({@code scope} {@code 人} or {@code 户}) in the
 * base period, before this evidence: {@code base} (基础分, from village settings) plus {@code earned}
 * (signed credited points) is {@code net}.
 */
public record Balance(String scope, String period, int base, int earned, int net) {
}

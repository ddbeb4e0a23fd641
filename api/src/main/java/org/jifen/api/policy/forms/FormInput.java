package org.jifen.api.policy.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A rule form's values as the console sends them and as the marker line above a generated rule keeps
 * them. {@code kind}: {@code streak} (连续 N 天), {@code repeat} (同一周期第 N 次起), {@code role}
 * (仅某些角色), {@code hourly} (每满 N 分钟). Caps are {@code N/PERIOD}. Unchecked until
 * {@link FormReader} reads it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormInput(String kind, String name, String type, String category, Integer points, Integer days,
        String period, Integer from, Integer basePoints, List<String> roles, Integer minutes, Integer maxUnits,
        String maxTimes, String maxPoints) {
}

package org.jifen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.engine.pointslist.PointsList;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;

/** The DRL of a policy source. */
final class PolicyDrl {

    private PolicyDrl() {
    }

    /** All DRL of the policy as Drools sees it: the DRL files, and the points list compiled to DRL. */
    static Map<String, String> files(PolicySource source) {
        Map<String, String> drl = new TreeMap<>();
        String csv = source.files().get(PolicySource.POINTS_LIST_FILE);
        if (csv != null) {
            List<Problem> problems = new ArrayList<>();
            PointsList list = PointsList.parse(PolicySource.POINTS_LIST_FILE, csv, problems);
            if (list == null) {
                throw new IllegalStateException("points list: " + problems);
            }
            drl.put(PolicySource.POINTS_LIST_FILE + ".drl", list.toDrl(source.villageId()));
        }
        source.files().forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            }
        });
        return drl;
    }
}

package org.jifen.api.policy.simulate;

import java.util.ArrayList;
import java.util.List;
import org.jifen.api.policy.simulate.SimulationReport.ErrorSample;
import org.jifen.api.policy.simulate.SimulationReport.Errors;

/** Counts a policy's errors (or the participants not evaluated) and keeps the first few. */
final class ErrorLog {
    long count;
    final List<ErrorSample> first = new ArrayList<>();

    void add(String evidenceId, String message) {
        count++;
        if (first.size() < PolicySimulator.MAX_ERROR_SAMPLES) {
            first.add(new ErrorSample(evidenceId, message));
        }
    }

    Errors view() {
        return new Errors(count, List.copyOf(first));
    }
}

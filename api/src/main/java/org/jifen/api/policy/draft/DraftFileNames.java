package org.jifen.api.policy.draft;

import java.util.regex.Pattern;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.policy.PolicySource;

/** The names a draft file may have: a bundle file (village.yaml, points-list.csv or .xlsx, *.drl, a case *.yaml). */
final class DraftFileNames {

    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}");

    private DraftFileNames() {
    }

    /** A 400 naming the field unless {@code name} is a bundle file name. */
    static void check(String name) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw new InvalidFieldException("name", "a draft file name has 1 to 100 characters of A-Z a-z 0-9 _ . - "
                    + "and does not start with '.', got " + name);
        }
        if (!PolicySource.isPolicyFile(name) && !PolicySource.isCaseFile(name)) {
            throw new InvalidFieldException("name", name + " is not a policy file: use village.yaml, points-list.csv, "
                    + "points-list.xlsx, a .drl file or a sample-case .yaml file");
        }
    }
}

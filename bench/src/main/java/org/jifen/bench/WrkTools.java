package org.jifen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * The Java side of bench/wrk.sh, which loads the service with wrk (outside any JVM):
 * {@code setup URL ADMIN_KEY MEMBERS} creates a PIPELINE key and registers the members, printing
 * "KEY RUN"; {@code ceiling JDBC THREADS BATCH SECONDS} measures the database ceiling (multi-row
 * inserts of ledger-shaped rows, {@link DbCeiling}) and prints rows/s; {@code rows JDBC} prints the
 * rows the evaluate path has written (evidence, ledger, review queue) and the evidence among them.
 */
public final class WrkTools {

    private WrkTools() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> {
                HttpLoad http = new HttpLoad(args[1], args[2], Integer.parseInt(args[3]));
                http.createKeys();
                http.register(8);
                System.out.println(http.pipelineKey + " " + http.run);
            }
            case "ceiling" -> {
                try (DbCeiling db = new DbCeiling(args[1], "root", "")) {
                    Latencies l = db.run(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Double.parseDouble(args[4]));
                    System.out.printf(Locale.ROOT, "%.0f%n", l.unitRate());
                }
            }
            case "rows" -> {
                try (Connection c = DriverManager.getConnection(args[1], "root", ""); Statement s = c.createStatement()) {
                    long evidence = count(s, "SELECT COUNT(*) FROM evidence WHERE village_id = 'tanyin'");
                    long rows = evidence + count(s, "SELECT COUNT(*) FROM ledger WHERE village_id = 'tanyin'")
                            + count(s, "SELECT COUNT(*) FROM review_items WHERE village_id = 'tanyin'");
                    System.out.println(rows + " " + evidence);
                }
            }
            default -> throw new IllegalArgumentException("setup, ceiling or rows");
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}

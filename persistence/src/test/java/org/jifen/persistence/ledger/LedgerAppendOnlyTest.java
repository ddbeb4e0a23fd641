package org.jifen.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The ledger is append-only: no mapper statement (XML under src/main/resources, or an annotation
 * or string in src/main/java) updates, deletes, truncates, replaces or upserts ledger rows.
 */
class LedgerAppendOnlyTest {

    private static final Pattern WRITES_LEDGER = Pattern.compile("(?is)\\b("
            + "UPDATE\\s+(IGNORE\\s+)?[`\\w.]*\\bledger\\b"           // UPDATE ledger, UPDATE db.ledger
            + "|DELETE\\b[^;]*?\\bFROM\\s+[`\\w.]*\\bledger\\b"       // DELETE FROM ledger, DELETE l FROM ledger l
            + "|TRUNCATE\\s+(TABLE\\s+)?[`\\w.]*\\bledger\\b"
            + "|REPLACE\\s+(INTO\\s+)?[`\\w.]*\\bledger\\b"
            + "|(ALTER|DROP)\\s+TABLE\\s+[`\\w.]*\\bledger\\b"
            + "|INTO\\s+[`\\w.]*\\bledger\\b[^;]*\\bON\\s+DUPLICATE\\s+KEY\\s+UPDATE\\b)");

    private static final Pattern MENTIONS_LEDGER = Pattern.compile("(?i)\\bledger\\b");

    @Test
    void noMapperStatementChangesOrRemovesLedgerRows() throws Exception {
        List<Path> mappers = files(Path.of("src/main/resources"), ".xml").stream()
                .filter(p -> read(p).contains("<mapper")).toList();
        assertThat(mappers).as("the scan finds the mappers").hasSizeGreaterThanOrEqualTo(8)
                .anyMatch(p -> p.endsWith(Path.of("org/jifen/persistence/ledger/LedgerMapper.xml")));
        List<String> offending = new ArrayList<>();
        for (Path mapper : mappers) {
            offending.addAll(violations(mapper.toString(), read(mapper)));
        }
        assertThat(offending).as("mapper statements that change or remove ledger rows").isEmpty();
    }

    @Test
    void noJavaMapperChangesOrRemovesLedgerRows() throws IOException {
        List<Path> sources = files(Path.of("src/main/java"), ".java");
        assertThat(sources).isNotEmpty();
        List<String> offending = new ArrayList<>();
        for (Path source : sources) {
            if (WRITES_LEDGER.matcher(read(source)).find()) {
                offending.add(source.toString());
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theScanCatchesEveryWayOfChangingTheLedger() throws Exception {
        for (String statement : List.of("<update id=\"a\">UPDATE ledger SET points = 0</update>",
                "<update id=\"a\">update `ledger` set points = 0 where entry_id = 1</update>",
                "<delete id=\"a\">DELETE FROM ledger WHERE entry_id = #{id}</delete>",
                "<delete id=\"a\">DELETE l FROM ledger l JOIN evidence e ON 1 = 1</delete>",
                "<update id=\"a\">UPDATE evidence e JOIN ledger l ON l.evidence_id = e.evidence_id SET l.points = 0</update>",
                "<insert id=\"a\">INSERT INTO ledger (points) VALUES (1) ON DUPLICATE KEY UPDATE points = 2</insert>",
                "<insert id=\"a\">REPLACE INTO ledger (points) VALUES (1)</insert>",
                "<select id=\"a\">TRUNCATE TABLE ledger</select>",
                "<sql id=\"a\">DELETE FROM ledger</sql>")) {
            String xml = "<mapper namespace=\"x\">" + statement + "</mapper>";
            assertThat(violations("test", xml)).as(statement).isNotEmpty();
        }
        assertThat(violations("test", "<mapper namespace=\"x\"><update id=\"a\">UPDATE review_items SET status = 'X'"
                + "</update><insert id=\"b\">INSERT INTO ledger (points) VALUES (1)</insert>"
                + "<select id=\"c\">SELECT * FROM ledger</select></mapper>")).isEmpty();
    }

    /** The statements of a mapper that write the ledger other than by plain inserts. */
    private static List<String> violations(String name, String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        List<String> found = new ArrayList<>();
        NodeList statements = root.getChildNodes();
        for (int i = 0; i < statements.getLength(); i++) {
            if (!(statements.item(i) instanceof Element statement)) {
                continue;
            }
            String sql = statement.getTextContent();
            boolean changes = statement.getTagName().equals("update") || statement.getTagName().equals("delete");
            if (WRITES_LEDGER.matcher(sql).find() || changes && MENTIONS_LEDGER.matcher(sql).find()) {
                found.add(name + " " + statement.getTagName() + " " + statement.getAttribute("id"));
            }
        }
        return found;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

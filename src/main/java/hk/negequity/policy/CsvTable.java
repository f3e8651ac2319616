package hk.negequity.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file with a header row, read into rows that know their line number. RFC 4180 quoting
 * ({@code "a, b"}, {@code ""} for a quote); lines starting with {@code #} and blank lines are skipped.
 * Fields may not span lines: every row is one line, so a problem's line number is exact.
 */
public final class CsvTable {

    private final String file;
    private final List<Row> rows;
    private final List<Row> rejected;

    private CsvTable(String file, List<Row> rows, List<Row> rejected) {
        this.file = file;
        this.rows = rows;
        this.rejected = rejected;
    }

    /** One data row: its cells by header name, and where it stands. */
    public record Row(String file, int line, Map<String, String> cells) {

        public Optional<String> cell(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    public static CsvTable parse(String file, String text, List<String> requiredColumns, PolicyProblems problems) {
        List<Row> rows = new ArrayList<>();
        List<Row> rejected = new ArrayList<>();
        List<String> header = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            int number = i + 1;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = split(line);
            if (cells == null) {
                problems.add(file, number, "unbalanced quotes");
                if (header != null) { // the cells before the quote left open, its id among them
                    rejected.add(new Row(file, number, byName(header, split(line.substring(0, line.indexOf('"'))))));
                }
                continue;
            }
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
                for (String column : requiredColumns) {
                    if (!header.contains(column)) {
                        problems.add(file, number, "missing column '" + column + "'");
                    }
                }
                continue;
            }
            if (cells.size() != header.size()) {
                problems.add(file, number, "has " + cells.size() + " cells, the header has " + header.size());
                rejected.add(new Row(file, number, byName(header, cells)));
                continue;
            }
            rows.add(new Row(file, number, byName(header, cells)));
        }
        if (header == null) {
            problems.add(file, 1, "no header row");
        }
        return new CsvTable(file, rows, rejected);
    }

    public String file() {
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Rows refused for their number of cells (reported already), with what cells they have, by header name. */
    public List<Row> rejected() {
        return rejected;
    }

    private static Map<String, String> byName(List<String> header, List<String> cells) {
        Map<String, String> byName = new HashMap<>();
        for (int c = 0; c < Math.min(header.size(), cells.size()); c++) {
            byName.put(header.get(c), cells.get(c));
        }
        return byName;
    }

    /** Splits one line on commas outside quotes; null when a quote is left open. */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}

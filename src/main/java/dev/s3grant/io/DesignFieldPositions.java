package dev.s3grant.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the fields of a design file are: for every field path as findings name it
 * ({@code bucket.name}, {@code writers[0].accountId}, {@code bucket.keyPrefixes[1]}) the line and
 * column (from 1) where the field's name starts, or the item's value for array items. Reports that
 * point into the design file (SARIF) take the positions from here.
 */
public final class DesignFieldPositions {

    /** A line and column in the design file, both from 1. */
    public record Position(int line, int column) {
    }

    private final Map<String, Position> positions;

    private DesignFieldPositions(Map<String, Position> positions) {
        this.positions = Map.copyOf(positions);
    }

    /** The positions of every field of the text; none when the text is not JSON. */
    public static DesignFieldPositions of(String designText) {
        Map<String, Position> positions = new LinkedHashMap<>();
        try {
            collect(LocatedJsonParser.parse(designText), "", positions);
        } catch (LocatedJsonParser.SyntaxError e) {
            positions.clear();
        }
        return new DesignFieldPositions(positions);
    }

    /**
     * The position of the field, or of the nearest enclosing field that the file has (a finding on a
     * field the file leaves to its default points at the object that would hold it).
     */
    public Optional<Position> nearest(String path) {
        String at = path;
        while (!at.isEmpty()) {
            Position found = positions.get(at);
            if (found != null) {
                return Optional.of(found);
            }
            at = parent(at);
        }
        return Optional.empty();
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static void collect(LocatedJson value, String path, Map<String, Position> positions) {
        if (value instanceof LocatedJson.JObject object) {
            for (LocatedJson.Field field : object.fields().values()) {
                String child = path.isEmpty() ? field.name() : path + "." + field.name();
                positions.put(child, new Position(field.line(), field.column()));
                collect(field.value(), child, positions);
            }
        } else if (value instanceof LocatedJson.JArray array) {
            List<LocatedJson> items = array.items();
            for (int i = 0; i < items.size(); i++) {
                String child = path + "[" + i + "]";
                positions.put(child, new Position(items.get(i).line(), items.get(i).column()));
                collect(items.get(i), child, positions);
            }
        }
    }
}

package dev.s3grant.io;

import dev.s3grant.model.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object of a design file against its known field names, failing
 * with the file, position and field path of the first problem.
 */
final class JsonObjectReader {

    private final String file;
    private final String path;
    private final LocatedJson.JObject object;

    private JsonObjectReader(String file, String path, LocatedJson.JObject object) {
        this.file = file;
        this.path = path;
        this.object = object;
    }

    /** Checks that {@code value} is an object whose fields are all in {@code known}. */
    static JsonObjectReader of(String file, String path, LocatedJson value, String... known) throws InputException {
        if (!(value instanceof LocatedJson.JObject obj)) {
            throw wrongType(file, path, value, "object");
        }
        List<String> names = Arrays.asList(known);
        for (LocatedJson.Field f : obj.fields().values()) {
            if (!names.contains(f.name())) {
                String fieldPath = join(path, f.name());
                String nearest = NearestName.find(f.name(), names);
                Message message = nearest.isEmpty()
                        ? Message.of("design.load.unknownField", fieldPath, String.join(", ", names))
                        : Message.of("design.load.unknownFieldSuggestion", fieldPath, nearest);
                throw new InputException(new InputProblem(file, f.line(), f.column(), fieldPath, message));
            }
        }
        return new JsonObjectReader(file, path, obj);
    }

    String path() {
        return path;
    }

    String child(String name) {
        return join(path, name);
    }

    boolean has(String name) {
        LocatedJson.Field f = object.fields().get(name);
        return f != null && !(f.value() instanceof LocatedJson.JNull);
    }

    LocatedJson required(String name) throws InputException {
        if (!has(name)) {
            throw new InputException(new InputProblem(file, object.line(), object.column(), child(name),
                    Message.of("design.load.missingField", child(name))));
        }
        return object.fields().get(name).value();
    }

    LocatedJson optional(String name) {
        return has(name) ? object.fields().get(name).value() : null;
    }

    String string(String name, String fallback) throws InputException {
        LocatedJson v = optional(name);
        return v == null ? fallback : asString(v, child(name));
    }

    String requiredString(String name) throws InputException {
        return asString(required(name), child(name));
    }

    boolean bool(String name, boolean fallback) throws InputException {
        LocatedJson v = optional(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof LocatedJson.JBoolean b)) {
            throw wrongType(file, child(name), v, "boolean");
        }
        return b.value();
    }

    int integer(String name, int fallback) throws InputException {
        LocatedJson v = optional(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof LocatedJson.JNumber n) || !n.integral()) {
            throw wrongType(file, child(name), v, "integer");
        }
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            throw problem(v, child(name), Message.of("design.load.badValue", child(name), n.text(), "1"));
        }
    }

    <E extends Enum<E>> E enumValue(String name, E fallback, Function<String, E> parse, List<String> allowed)
            throws InputException {
        LocatedJson v = optional(name);
        if (v == null) {
            return fallback;
        }
        String text = asString(v, child(name));
        if (!allowed.contains(text)) {
            throw problem(v, child(name), Message.of("design.load.badValue", child(name), text, String.join(", ", allowed)));
        }
        return parse.apply(text);
    }

    List<String> strings(String name) throws InputException {
        LocatedJson v = optional(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof LocatedJson.JArray array)) {
            throw wrongType(file, child(name), v, "array");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            out.add(asString(array.items().get(i), child(name) + "[" + i + "]"));
        }
        return out;
    }

    String asString(LocatedJson v, String fieldPath) throws InputException {
        if (!(v instanceof LocatedJson.JString s)) {
            throw wrongType(file, fieldPath, v, "string");
        }
        return s.value();
    }

    InputException problem(LocatedJson at, String fieldPath, Message message) {
        return new InputException(new InputProblem(file, at.line(), at.column(), fieldPath, message));
    }

    static InputException wrongType(String file, String fieldPath, LocatedJson v, String expected) {
        return new InputException(new InputProblem(file, v.line(), v.column(), fieldPath,
                Message.of("design.load.wrongType", fieldPath, expected, v.typeName())));
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

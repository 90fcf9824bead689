package dev.s3grant.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value with the line and column where it starts, so that load errors can point at it. */
sealed interface LocatedJson {

    int line();

    int column();

    /** A short name of the JSON type for messages: object, array, string, number, boolean, null. */
    String typeName();

    record JObject(Map<String, Field> fields, int line, int column) implements LocatedJson {
        public JObject {
            fields = new LinkedHashMap<>(fields);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** An object member: the position of its name, and its value. */
    record Field(String name, int line, int column, LocatedJson value) {
    }

    record JArray(List<LocatedJson> items, int line, int column) implements LocatedJson {
        public JArray {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    record JString(String value, int line, int column) implements LocatedJson {
        @Override
        public String typeName() {
            return "string";
        }
    }

    record JNumber(String text, boolean integral, int line, int column) implements LocatedJson {
        @Override
        public String typeName() {
            return "number";
        }
    }

    record JBoolean(boolean value, int line, int column) implements LocatedJson {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record JNull(int line, int column) implements LocatedJson {
        @Override
        public String typeName() {
            return "null";
        }
    }
}

package dev.s3grant.explain.any;

/**
 * A condition operator taken apart: {@code ForAnyValue:StringNotEqualsIfExists} is the set prefix
 * {@code ForAnyValue}, the base {@code StringNotEquals}, negated, with {@code IfExists}.
 */
record OperatorParts(String setPrefix, String base, boolean ifExists, boolean negated) {

    static OperatorParts of(String operator) {
        String rest = operator;
        String prefix = "";
        int colon = rest.indexOf(':');
        if (colon > 0) {
            prefix = rest.substring(0, colon);
            rest = rest.substring(colon + 1);
        }
        boolean ifExists = rest.endsWith("IfExists");
        if (ifExists) {
            rest = rest.substring(0, rest.length() - "IfExists".length());
        }
        boolean negated = rest.contains("Not");
        return new OperatorParts(prefix, rest, ifExists, negated);
    }

    /** The operator family without its negation: {@code StringNotLike} is {@code like}. */
    String family() {
        String b = base.replace("Not", "");
        if (b.equals("Null")) {
            return "null";
        }
        if (b.equals("Bool")) {
            return "bool";
        }
        if (b.endsWith("EqualsIgnoreCase")) {
            return "equalsIgnoreCase";
        }
        if (b.endsWith("Like")) {
            return "like";
        }
        if (b.endsWith("LessThanEquals")) {
            return "lessThanEquals";
        }
        if (b.endsWith("LessThan")) {
            return "lessThan";
        }
        if (b.endsWith("GreaterThanEquals")) {
            return "greaterThanEquals";
        }
        if (b.endsWith("GreaterThan")) {
            return "greaterThan";
        }
        if (b.equals("IpAddress")) {
            return "ipAddress";
        }
        return "equals";
    }

    /** True for the operators that can limit who a statement reaches: exact or pattern matches, not negated, not IfExists. */
    boolean limits() {
        return setPrefix.isEmpty() && !ifExists && !negated
                && (base.equals("StringEquals") || base.equals("StringLike") || base.equals("ArnEquals") || base.equals("ArnLike"));
    }
}

package dev.s3grant.map;

/**
 * The colours of the grant map's statuses and marks (decision 0037), for the SVG export and for any
 * view that wants the same picture. Each meets WCAG AA (4.5:1) against white, where labels sit.
 */
public final class MapColours {

    /** Green: the request is allowed, as the design intends. */
    public static final String ALLOWED_AS_INTENDED = "#1a7f37";
    /** Grey: the request is denied, as the design intends. */
    public static final String DENIED_AS_INTENDED = "#57606a";
    /** Red: the access check found the request decided otherwise than the design intends. */
    public static final String NOT_AS_INTENDED = "#cf222e";
    /** Brown: not part of the design (a principal of an existing policy). */
    public static final String FOREIGN = "#9a6700";
    public static final String ADDED = "#1a7f37";
    public static final String REMOVED = "#cf222e";
    /** Purple: said otherwise in the newer design. */
    public static final String CHANGED = "#8250df";

    private MapColours() {
    }

    public static String of(ArrowStatus status) {
        return switch (status) {
            case ALLOWED_AS_INTENDED -> ALLOWED_AS_INTENDED;
            case DENIED_AS_INTENDED -> DENIED_AS_INTENDED;
            case NOT_AS_INTENDED -> NOT_AS_INTENDED;
        };
    }

    /** The colour of a mark's outline; empty for {@link MapMark#NONE}. */
    public static String of(MapMark mark) {
        return switch (mark) {
            case NONE -> "";
            case FOREIGN -> FOREIGN;
            case ADDED -> ADDED;
            case REMOVED -> REMOVED;
            case CHANGED -> CHANGED;
        };
    }

    /** The fill of a box of this kind. */
    static String fill(BoxKind kind) {
        return switch (kind) {
            case ORGANIZATION -> "#f6f8fa";
            case WRITER_ACCOUNT, WRITER_GROUP, OWNER_ACCOUNT -> "#ffffff";
            case SERVICE -> "#ddf4ff";
            case ROLE -> "#fff8c5";
            case BUCKET -> "#dafbe1";
            case PREFIX -> "#ffffff";
            case KEY -> "#fbefff";
            case FOREIGN_PRINCIPAL -> "#fff1e5";
        };
    }
}

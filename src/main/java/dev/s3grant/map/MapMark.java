package dev.s3grant.map;

/** How a box or an arrow relates to what exists or to the other side of a comparison. */
public enum MapMark {
    NONE,
    /** Not part of the design: found in an existing policy. */
    FOREIGN,
    ADDED,
    REMOVED,
    CHANGED
}

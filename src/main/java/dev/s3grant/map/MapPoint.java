package dev.s3grant.map;

/** A point of the grant map, in the map's own units (one unit is one pixel at 100 % zoom). */
public record MapPoint(double x, double y) {
}

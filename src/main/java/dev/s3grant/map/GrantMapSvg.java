package dev.s3grant.map;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The grant map as an SVG document: plain text, the same bytes for the same map, every text
 * XML-escaped, a font-family list that names a CJK font for each operating system, the arrows
 * coloured by their status, and a legend below the map in the map's language (decision 0037).
 */
public final class GrantMapSvg {

    /** Latin first, then a Japanese font per operating system; a viewer falls back glyph by glyph. */
    public static final String FONT_FAMILY = "'Segoe UI', 'Helvetica Neue', Arial, 'Yu Gothic UI', Meiryo, "
            + "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', IPAexGothic, "
            + "IPAGothic, sans-serif";

    static final double LEGEND_ROW = 20;

    private GrantMapSvg() {
    }

    public static String write(GrantMap map, Language language) {
        Localizer text = Localizer.of(language);
        List<String[]> legend = legend(map, text);
        double legendHeight = MapLayout.MARGIN + LEGEND_ROW * (legend.size() + 1);
        double width = Math.max(map.width(), 360);
        double height = map.height() + legendHeight;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" font-family=\"").append(escape(FONT_FAMILY)).append("\" xml:lang=\"")
                .append(language.code()).append("\">\n");
        svg.append("  <title>").append(escape(text.text("map.svg.title"))).append("</title>\n");
        markers(svg);
        svg.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
        for (MapBox box : map.boxes()) {
            box(svg, box);
        }
        for (MapArrow arrow : map.arrows()) {
            arrow(svg, arrow);
        }
        legend(svg, legend, map.height(), text);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void markers(StringBuilder svg) {
        svg.append("  <defs>\n");
        for (ArrowStatus status : ArrowStatus.values()) {
            svg.append("    <marker id=\"head-").append(markerId(status))
                    .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(MapColours.of(status)).append("\"/></marker>\n");
        }
        svg.append("  </defs>\n");
    }

    private static void box(StringBuilder svg, MapBox box) {
        String outline = box.mark() == MapMark.NONE ? "#8c959f" : MapColours.of(box.mark());
        svg.append("  <g class=\"box ").append(box.kind().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" data-id=\"").append(escape(box.id())).append('"');
        if (box.mark() != MapMark.NONE) {
            svg.append(" data-mark=\"").append(box.mark().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        }
        if (box.mark() == MapMark.REMOVED) {
            svg.append(" opacity=\"0.6\"");
        }
        svg.append(">\n    <rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()))
                .append("\" width=\"").append(num(box.width())).append("\" height=\"").append(num(box.height()))
                .append("\" rx=\"6\" fill=\"").append(MapColours.fill(box.kind())).append("\" stroke=\"").append(outline)
                .append("\" stroke-width=\"").append(box.mark() == MapMark.NONE ? "1" : "2.5").append('"');
        if (box.mark() == MapMark.FOREIGN || box.mark() == MapMark.REMOVED) {
            svg.append(" stroke-dasharray=\"6 3\"");
        }
        svg.append("/>\n");
        double baseline = box.y() + MapLayout.PAD + MapLayout.TITLE_FONT;
        svg.append("    <text x=\"").append(num(box.x() + MapLayout.PAD)).append("\" y=\"").append(num(baseline))
                .append("\" font-size=\"").append(num(MapLayout.TITLE_FONT)).append("\" font-weight=\"bold\" fill=\"#1f2328\">")
                .append(escape(box.title())).append("</text>\n");
        double lineY = box.y() + MapLayout.PAD + MapLayout.TITLE_HEIGHT + MapLayout.LINE_FONT;
        for (String line : box.lines()) {
            svg.append("    <text x=\"").append(num(box.x() + MapLayout.PAD)).append("\" y=\"").append(num(lineY))
                    .append("\" font-size=\"").append(num(MapLayout.LINE_FONT)).append("\" fill=\"#424a53\">")
                    .append(escape(line)).append("</text>\n");
            lineY += MapLayout.LINE_HEIGHT;
        }
        svg.append("  </g>\n");
    }

    private static void arrow(StringBuilder svg, MapArrow arrow) {
        String colour = MapColours.of(arrow.status());
        svg.append("  <g class=\"arrow ").append(arrow.kind().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" data-id=\"").append(escape(arrow.id())).append("\" data-status=\"")
                .append(arrow.status().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        if (arrow.mark() != MapMark.NONE) {
            svg.append(" data-mark=\"").append(arrow.mark().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        }
        if (arrow.mark() == MapMark.REMOVED) {
            svg.append(" opacity=\"0.6\"");
        }
        svg.append(">\n    <polyline points=\"");
        List<String> points = new ArrayList<>();
        for (MapPoint p : arrow.points()) {
            points.add(num(p.x()) + "," + num(p.y()));
        }
        svg.append(String.join(" ", points)).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(arrow.mark() == MapMark.NONE ? "1.5" : "3").append('"');
        if (arrow.status() == ArrowStatus.DENIED_AS_INTENDED || arrow.mark() == MapMark.REMOVED) {
            svg.append(" stroke-dasharray=\"5 4\"");
        }
        svg.append(" marker-end=\"url(#head-").append(markerId(arrow.status())).append(")\"/>\n");
        MapPoint from = arrow.points().get(0);
        MapPoint next = arrow.points().get(1);
        double direction = Math.signum(next.x() - from.x());
        double x = direction >= 0 ? from.x() + MapLayout.LABEL_INSET
                : next.x() + MapLayout.LABEL_INSET;
        double along = next.x() == from.x() ? 0 : (x - from.x()) / (next.x() - from.x());
        double y = from.y() + (next.y() - from.y()) * along - 4;
        String at = "    <text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"10\"";
        // a white halo under the label, drawn as its own text: not every renderer knows paint-order
        svg.append(at).append(" fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\">")
                .append(escape(arrow.label())).append("</text>\n");
        svg.append(at).append(" fill=\"").append(colour).append("\">").append(escape(arrow.label())).append("</text>\n");
        svg.append("  </g>\n");
    }

    /** The legend's rows: a colour, whether it is a box (else a line) and its text; statuses always, marks in use. */
    private static List<String[]> legend(GrantMap map, Localizer text) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {MapColours.ALLOWED_AS_INTENDED, "line", text.text("map.legend.allowedAsIntended")});
        rows.add(new String[] {MapColours.DENIED_AS_INTENDED, "dashed", text.text("map.legend.deniedAsIntended")});
        rows.add(new String[] {MapColours.NOT_AS_INTENDED, "line", text.text("map.legend.notAsIntended")});
        Set<MapMark> marks = EnumSet.noneOf(MapMark.class);
        map.boxes().forEach(b -> marks.add(b.mark()));
        map.arrows().forEach(a -> marks.add(a.mark()));
        if (marks.contains(MapMark.FOREIGN)) {
            rows.add(new String[] {MapColours.FOREIGN, "box", text.text("map.legend.foreign")});
        }
        if (marks.contains(MapMark.ADDED)) {
            rows.add(new String[] {MapColours.ADDED, "box", text.text("map.legend.added")});
        }
        if (marks.contains(MapMark.REMOVED)) {
            rows.add(new String[] {MapColours.REMOVED, "box", text.text("map.legend.removed")});
        }
        if (marks.contains(MapMark.CHANGED)) {
            rows.add(new String[] {MapColours.CHANGED, "box", text.text("map.legend.changed")});
        }
        return rows;
    }

    private static void legend(StringBuilder svg, List<String[]> rows, double top, Localizer text) {
        double x = MapLayout.MARGIN;
        double y = top + LEGEND_ROW;
        svg.append("  <g class=\"legend\">\n");
        svg.append("    <text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f2328\">")
                .append(escape(text.text("map.legend.title"))).append("</text>\n");
        for (String[] row : rows) {
            y += LEGEND_ROW;
            if (row[1].equals("box")) {
                svg.append("    <rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 10))
                        .append("\" width=\"28\" height=\"12\" rx=\"3\" fill=\"#ffffff\" stroke=\"").append(row[0])
                        .append("\" stroke-width=\"2.5\"/>\n");
            } else {
                svg.append("    <line x1=\"").append(num(x)).append("\" y1=\"").append(num(y - 4)).append("\" x2=\"")
                        .append(num(x + 28)).append("\" y2=\"").append(num(y - 4)).append("\" stroke=\"").append(row[0])
                        .append("\" stroke-width=\"2\"").append(row[1].equals("dashed") ? " stroke-dasharray=\"5 4\"" : "")
                        .append("/>\n");
            }
            svg.append("    <text x=\"").append(num(x + 36)).append("\" y=\"").append(num(y))
                    .append("\" font-size=\"11\" fill=\"#1f2328\">").append(escape(row[2])).append("</text>\n");
        }
        svg.append("  </g>\n");
    }

    private static String markerId(ArrowStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A number with at most two decimals and no trailing zeros, the same on every locale. */
    static String num(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * Text as XML character data or attribute value: {@code & < > " '} escaped; what XML 1.0 cannot
     * hold (control characters but tab and line feed, lone surrogates, U+FFFE, U+FFFF) dropped.
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean xmlCharacter = (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) || c > 0xFFFF
                            || c == '\t' || c == '\n';
                    if (xmlCharacter) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}

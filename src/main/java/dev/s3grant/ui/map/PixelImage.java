package dev.s3grant.ui.map;

/**
 * A picture as pixels, without JavaFX: {@code argb} holds {@code width × height} pixels, row by
 * row, each as 0xAARRGGBB. The view takes it from a snapshot of the map; {@link PngEncoding} writes it.
 */
public record PixelImage(int width, int height, int[] argb) {

    public PixelImage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a picture of " + width + " × " + height + " needs that many pixels, not " + argb.length);
        }
    }
}

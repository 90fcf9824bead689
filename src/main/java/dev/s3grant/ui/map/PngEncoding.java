package dev.s3grant.ui.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A {@link PixelImage} as the bytes of a PNG file (java.desktop's ImageIO). Call it off the FX thread. */
final class PngEncoding {

    private PngEncoding() {
    }

    static byte[] encode(PixelImage image) {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, image.width(), image.height(), image.argb(), 0, image.width());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(buffered, "png", bytes)) {
                throw new IllegalStateException("no PNG writer in this runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

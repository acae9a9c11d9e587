package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ImageData;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The pixels of an icon, copied once on the EDT. The PNG encoding happens lazily on whichever
 * thread first asks for {@link #toDataUrl()} (core's recorder thread), once.
 */
final class IconImage implements ImageData {
    private final int width;
    private final int height;
    private final int[] argb;
    private final String contentKey;
    private volatile String dataUrl;

    /** @param argb the pixels, row by row; owned by this object from now on */
    IconImage(int width, int height, int[] argb) {
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.contentKey = hash(width, height, argb);
    }

    @Override public String contentKey() { return contentKey; }
    @Override public int width() { return width; }
    @Override public int height() { return height; }

    @Override
    public String toDataUrl() {
        String url = dataUrl;
        if (url == null) {
            synchronized (this) {
                url = dataUrl;
                if (url == null) {
                    url = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
                    dataUrl = url;
                }
            }
        }
        return url;
    }

    private byte[] png() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }

    private static String hash(int width, int height, int[] argb) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer buf = ByteBuffer.allocate(8 + argb.length * 4);
            buf.putInt(width).putInt(height);
            buf.asIntBuffer().put(argb);
            byte[] digest = md.digest(buf.array());
            StringBuilder sb = new StringBuilder(32);
            for (int i = 0; i < 16; i++) sb.append(String.format("%02x", digest[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}

package io.tapedeck.core.internal.privacy;

import io.tapedeck.core.internal.view.ImageData;

/**
 * What stands in for a masked image in the masked view tree: its size and nothing else. The
 * renderer draws a placeholder box for it; asking it for pixels is a bug and fails.
 */
public final class MaskedImage implements ImageData {
    private final int width;
    private final int height;

    MaskedImage(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public String contentKey() {
        return "masked:" + width + "x" + height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public String toDataUrl() {
        throw new UnsupportedOperationException("a masked image has no pixels");
    }
}

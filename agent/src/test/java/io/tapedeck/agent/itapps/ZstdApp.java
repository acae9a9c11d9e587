package io.tapedeck.agent.itapps;

import com.github.luben.zstd.Zstd;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An app that ships its own zstd-jni (another version than the agent's uploader): reports where
 * its zstd-jni came from, proves it works with a round trip through the native library, reports
 * whether it can see any of the uploader's classes, then runs {@link SwingApp} to be recorded.
 */
public final class ZstdApp {
    private ZstdApp() {}

    public static void main(String[] args) throws Exception {
        System.out.println(
                "zstdFrom=" + Zstd.class.getProtectionDomain().getCodeSource().getLocation());
        byte[] text = "the app compresses its own data with its own zstd-jni"
                .repeat(20)
                .getBytes(StandardCharsets.UTF_8);
        byte[] packed = Zstd.compress(text, 3);
        byte[] unpacked = Zstd.decompress(packed, text.length);
        System.out.println("zstdRoundTrip=" + (Arrays.equals(text, unpacked) && packed.length < text.length));
        System.out.println("seesUploader=" + visible("io.tapedeck.uploader.internal.Uploader"));
        System.out.println("seesHttpClient=" + visible("org.apache.hc.client5.http.impl.classic.HttpClients"));
        System.out.println("seesSlf4j=" + visible("org.slf4j.LoggerFactory"));
        SwingApp.main(args);
        // After recording: the app's zstd still answers from the app's own native library.
        System.out.println("zstdAfter=" + Arrays.equals(text, Zstd.decompress(Zstd.compress(text, 1), text.length)));
    }

    private static boolean visible(String className) {
        try {
            Class.forName(className, false, ZstdApp.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

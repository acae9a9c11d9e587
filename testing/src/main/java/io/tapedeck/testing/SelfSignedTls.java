package io.tapedeck.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for HTTPS stand-ins on 127.0.0.1: a self-signed certificate for {@code 127.0.0.1}, made
 * once per test JVM with the JDK's keytool (a child JVM: a second or more, too much to pay for
 * every test). The context both serves the certificate and trusts it; nothing else trusts it,
 * which is what a test of an untrusted certificate needs.
 */
public final class SelfSignedTls {
    private static final String PASSWORD = "selfsigned";
    private static SSLContext context;

    private SelfSignedTls() {}

    /** The shared context (key and trust: the self-signed certificate). */
    public static synchronized SSLContext context() throws Exception {
        if (context == null) {
            Path dir = Files.createTempDirectory("self-signed-tls");
            try {
                context = make(dir.resolve("self-signed.p12"));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) files::iterator) Files.delete(f);
                }
                Files.delete(dir);
            }
        }
        return context;
    }

    private static SSLContext make(Path keystore) throws Exception {
        // An EC key and a JVM that starts light: a third of the CPU of the defaults (RSA 2048).
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-J-XX:TieredStopAtLevel=1",
                        "-J-XX:+UseSerialGC",
                        "-genkeypair",
                        "-alias",
                        "local",
                        "-keyalg",
                        "EC",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return tls;
    }
}

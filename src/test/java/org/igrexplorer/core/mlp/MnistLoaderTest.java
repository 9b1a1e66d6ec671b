package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistLoaderTest {

    static final Path ASSETS = Path.of("assets/data");
    static DataSplit mnist;

    @BeforeAll
    static void load() throws IOException {
        mnist = MnistLoader.load(ASSETS);
    }

    @Test
    void loadsTheCommittedFilesWithTheirPublishedShapeAndFirstLabels() {
        assertEquals(60000, mnist.train().size());
        assertEquals(10000, mnist.test().size());
        assertEquals(784, mnist.train().features());
        assertEquals(10, mnist.train().classes());
        assertEquals(5, mnist.train().label(0)); // the well-known first digits of MNIST
        assertEquals(0, mnist.train().label(1));
        assertEquals(7, mnist.test().label(0));
        int[] counts = new int[10];
        for (int i = 0; i < mnist.train().size(); i++) {
            counts[mnist.train().label(i)]++;
        }
        assertEquals(5923, counts[0]); // published class counts of the training set
        assertEquals(6742, counts[1]);
        float max = 0;
        for (int f = 0; f < 784; f++) {
            max = Math.max(max, mnist.train().feature(0, f));
        }
        assertEquals(1f, max, 1e-6f, "pixels are scaled to [0, 1]");
    }

    @Test
    void theBuiltInCopyIsTheSameDataAsTheFolder() throws IOException {
        DataSplit bundled = MnistLoader.loadBundled(); // checksums verified on the way in
        assertEquals(mnist.train().size(), bundled.train().size());
        assertEquals(mnist.test().size(), bundled.test().size());
        for (int i : new int[] {0, 1, 12345, 59999}) {
            assertEquals(mnist.train().label(i), bundled.train().label(i));
            assertEquals(mnist.train().feature(i, 400), bundled.train().feature(i, 400));
        }
        assertEquals(mnist.test().label(9999), bundled.test().label(9999));
        assertEquals(bundled.train().size(), MnistLoader.loadFolderOrBundled(null).train().size());
    }

    @Test
    void subsetsKeepTheFirstExamples() {
        DataSplit s = mnist.limit(10000, 2000);
        assertEquals(10000, s.train().size());
        assertEquals(2000, s.test().size());
        assertEquals(mnist.train().label(9999), s.train().label(9999));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        var e = assertThrows(MnistLoader.DataFileException.class, () -> MnistLoader.load(dir));
        assertTrue(e.getMessage().contains("missing MNIST file train-images-idx3-ubyte"), e.getMessage());
    }

    @Test
    void corruptFileFailsTheChecksumAndTruncatedGzipSaysSo(@TempDir Path dir) throws IOException {
        for (String n : MnistLoader.SHA256.keySet()) {
            Files.copy(ASSETS.resolve(n + ".gz"), dir.resolve(n + ".gz"));
        }
        // flip one pixel of the test images, recompress
        byte[] raw;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("t10k-images-idx3-ubyte.gz")))) {
            raw = in.readAllBytes();
        }
        raw[1000] ^= 1;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("t10k-images-idx3-ubyte.gz")))) {
            out.write(raw);
        }
        var e = assertThrows(MnistLoader.DataFileException.class, () -> MnistLoader.load(dir));
        assertTrue(e.getMessage().startsWith("t10k-images-idx3-ubyte: SHA-256"), e.getMessage());

        byte[] gz = Files.readAllBytes(ASSETS.resolve("t10k-labels-idx1-ubyte.gz"));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.copy(ASSETS.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-images-idx3-ubyte.gz"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var e2 = assertThrows(MnistLoader.DataFileException.class, () -> MnistLoader.load(dir));
        assertTrue(e2.getMessage().contains("cannot decompress"), e2.getMessage());
    }
}

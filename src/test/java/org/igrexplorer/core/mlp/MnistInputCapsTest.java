package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged MNIST files are named, and never read beyond the size of the largest real one. */
class MnistInputCapsTest {

    @Test
    void aGzipBombIsRefusedAtTheExpectedSize(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("train-images-idx3-ubyte.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (long written = 0; written <= MnistLoader.MAX_FILE_BYTES; written += zeros.length) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(gz) < MnistLoader.MAX_FILE_BYTES / 100, "a small archive of many zeros");
        MnistLoader.DataFileException e = assertThrows(MnistLoader.DataFileException.class,
                () -> MnistLoader.load(dir, false));
        assertTrue(e.getMessage().contains("decompresses to more than " + MnistLoader.MAX_FILE_BYTES + " bytes"),
                e.getMessage());
    }

    @Test
    void anEmptyOrCutGzipSaysSo(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("train-images-idx3-ubyte.gz");
        Files.write(gz, new byte[0]);
        MnistLoader.DataFileException e = assertThrows(MnistLoader.DataFileException.class,
                () -> MnistLoader.load(dir, false));
        assertTrue(e.getMessage().contains("cannot decompress (empty or not a complete gzip file); the file is "
                + "corrupt, fetch it again"), e.getMessage());
        Files.write(gz, new byte[] {0x1f, (byte) 0x8b, 8, 0});
        e = assertThrows(MnistLoader.DataFileException.class, () -> MnistLoader.load(dir, false));
        assertTrue(e.getMessage().contains("cannot decompress (") && !e.getMessage().contains("null"), e.getMessage());
    }
}

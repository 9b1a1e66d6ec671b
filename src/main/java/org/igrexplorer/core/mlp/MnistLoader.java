package org.igrexplorer.core.mlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the MNIST IDX files ({@code train-images-idx3-ubyte}, ... plain or {@code .gz}) from a
 * folder or from the copy built into the application ({@link #loadBundled()}: the jar carries the
 * {@code .gz} files, so any working directory and the packaged launcher find them), checks the
 * SHA-256 of the uncompressed bytes against the published files, and says clearly what is wrong with
 * a missing or corrupt file.
 */
public final class MnistLoader {

    /** SHA-256 of each uncompressed file, as listed in assets/data/README.md. */
    public static final Map<String, String> SHA256 = Map.of(
            "train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            "train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            "t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            "t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    private static final int IMAGE_MAGIC = 2051;
    private static final int LABEL_MAGIC = 2049;

    private MnistLoader() {
    }

    /** A missing, unreadable or corrupt data file; the message names the file and the problem. */
    public static final class DataFileException extends IOException {
        private static final long serialVersionUID = 1L;

        public DataFileException(String message) {
            super(message);
        }
    }

    /** Size of the largest MNIST file (the training images: 16 header bytes and 60,000 × 28 × 28 pixels). */
    static final int MAX_FILE_BYTES = 16 + 60_000 * 28 * 28;

    /** Class-path folder of the bundled {@code .gz} files (the build copies assets/data there). */
    static final String BUNDLED = "/org/igrexplorer/core/mlp/mnist/";

    /** Where the IDX files are read from. */
    private interface Source {
        /** The file {@code name} ({@code .gz} or plain), or null when it is absent. */
        InputStream open(String name) throws IOException;

        /** Names the place, for messages. */
        String describe(String name);
    }

    /** Loads all 60k/10k examples, verifying checksums. */
    public static DataSplit load(Path dir) throws IOException {
        return load(dir, true);
    }

    /** Loads the copy built into the application (the jar's class path), verifying checksums. */
    public static DataSplit loadBundled() throws IOException {
        return load(new Source() {
            @Override
            public InputStream open(String name) {
                return MnistLoader.class.getResourceAsStream(BUNDLED + name);
            }

            @Override
            public String describe(String name) {
                return "the application's built-in copy (" + BUNDLED + name + ")";
            }
        }, true);
    }

    /** Loads from {@code dir}, or the built-in copy when {@code dir} is null. */
    public static DataSplit loadFolderOrBundled(Path dir) throws IOException {
        return dir != null ? load(dir) : loadBundled();
    }

    /**
     * @param verify check the SHA-256 of each file (turn off only for files known to differ, such
     *     as test fixtures)
     */
    public static DataSplit load(Path dir, boolean verify) throws IOException {
        return load(new Source() {
            @Override
            public InputStream open(String name) throws IOException {
                Path f = dir.resolve(name);
                return Files.isRegularFile(f) ? Files.newInputStream(f) : null;
            }

            @Override
            public String describe(String name) {
                return dir.resolve(name).toAbsolutePath().toString();
            }
        }, verify);
    }

    private static DataSplit load(Source dir, boolean verify) throws IOException {
        Dataset train = read(dir, "train", verify);
        Dataset test = read(dir, "t10k", verify);
        return new DataSplit(train, test);
    }

    private static Dataset read(Source dir, String prefix, boolean verify) throws IOException {
        String imagesName = prefix + "-images-idx3-ubyte";
        String labelsName = prefix + "-labels-idx1-ubyte";
        byte[] images = readFile(dir, imagesName, verify);
        byte[] labels = readFile(dir, labelsName, verify);
        if (images.length < 16 || readInt(images, 0) != IMAGE_MAGIC) {
            throw new DataFileException(imagesName + ": not an IDX image file (magic number "
                    + (images.length >= 4 ? readInt(images, 0) : -1) + ", expected " + IMAGE_MAGIC + ")");
        }
        if (labels.length < 8 || readInt(labels, 0) != LABEL_MAGIC) {
            throw new DataFileException(labelsName + ": not an IDX label file (magic number "
                    + (labels.length >= 4 ? readInt(labels, 0) : -1) + ", expected " + LABEL_MAGIC + ")");
        }
        int n = readInt(images, 4);
        int rows = readInt(images, 8);
        int cols = readInt(images, 12);
        int nl = readInt(labels, 4);
        long expected = 16L + (long) n * rows * cols;
        if (n < 0 || rows <= 0 || cols <= 0 || images.length != expected) {
            throw new DataFileException(imagesName + ": truncated or malformed (" + images.length
                    + " bytes, header says " + expected + ")");
        }
        if (nl != n || labels.length != 8 + nl) {
            throw new DataFileException(labelsName + ": " + nl + " labels in " + labels.length
                    + " bytes, but " + n + " images");
        }
        byte[] pixels = java.util.Arrays.copyOfRange(images, 16, images.length);
        byte[] y = java.util.Arrays.copyOfRange(labels, 8, labels.length);
        for (byte b : y) {
            if ((b & 0xff) > 9) {
                throw new DataFileException(labelsName + ": label " + (b & 0xff) + " outside 0..9");
            }
        }
        return new ByteImageDataset("MNIST " + (prefix.equals("train") ? "train" : "test"), pixels, y, n,
                rows * cols, 10);
    }

    private static byte[] readFile(Source dir, String name, boolean verify) throws IOException {
        byte[] raw;
        InputStream gz = dir.open(name + ".gz");
        if (gz != null) {
            try (InputStream in = new GZIPInputStream(gz, 1 << 16)) {
                // never more than the largest MNIST file: a small archive of gigabytes of zeros is refused
                raw = in.readNBytes(MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                throw new DataFileException(dir.describe(name + ".gz") + ": cannot decompress ("
                        + (e.getMessage() == null ? "empty or not a complete gzip file" : e.getMessage())
                        + "); the file is corrupt, fetch it again (see assets/data/README.md)");
            } finally {
                gz.close();
            }
            if (raw.length > MAX_FILE_BYTES) {
                throw new DataFileException(dir.describe(name + ".gz") + ": decompresses to more than "
                        + MAX_FILE_BYTES + " bytes, the size of the largest MNIST file; it is not MNIST");
            }
        } else {
            InputStream plain = dir.open(name);
            if (plain == null) {
                throw new DataFileException("missing MNIST file " + name + "[.gz]: not found as "
                        + dir.describe(name) + " (the repository keeps them in assets/data; see assets/data/README.md)");
            }
            try (plain) {
                raw = plain.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (raw.length > MAX_FILE_BYTES) {
                throw new DataFileException(dir.describe(name) + ": more than the " + MAX_FILE_BYTES
                        + " bytes of the largest MNIST file; it is not MNIST");
            }
        }
        if (verify) {
            String actual = sha256(raw);
            String wanted = SHA256.get(name);
            if (!actual.equals(wanted)) {
                throw new DataFileException(name + ": SHA-256 " + actual + " differs from the published "
                        + wanted + "; the file is corrupt or not MNIST");
            }
        }
        return raw;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int readInt(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }
}

package org.igrexplorer.core.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the program writes a file: every output (CSV, JSON, PNG, SVG, PDF, sessions, settings)
 * goes through here, so readers see either the previous content or the complete new content, never a
 * half-written file.
 *
 * <ul>
 *   <li>The bytes go to a temporary file in the target's folder, are forced to disk (fsync) and the
 *       temporary file is then moved over the target atomically; the folder is synced too.</li>
 *   <li>A folder as target is refused. A symbolic link is written through: its target is replaced,
 *       the link stays. A device, pipe or other special file (e.g. {@code /dev/null}) is streamed to
 *       directly, never replaced by a regular file.</li>
 *   <li>A new file gets the mode the umask gives (0666 &amp; ~umask); a replaced file keeps its POSIX
 *       permissions.</li>
 *   <li>Temporaries are named {@code .<name>.igr-<pid>-<random>.igr-tmp}; they are deleted when writing
 *       fails, and by a shutdown hook when the program is stopped by a normal signal (SIGINT, SIGTERM).
 *       Temporaries left by a process that no longer runs (SIGKILL, power loss) are swept from the
 *       folder by the next write there.</li>
 *   <li>A failure of the file system throws an {@link IOException} whose message names the target and
 *       the reason, e.g. "cannot write /x/a.csv: permission denied in the folder /x"; a failure of the
 *       content itself propagates unchanged. In every case the previous file is left as it was.</li>
 * </ul>
 */
public final class AtomicFileWriter {

    /** Produces the bytes of the file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out destination. Written to; do not close it.
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces the text of the file (UTF-8). */
    @FunctionalInterface
    public interface TextContent {
        /**
         * @param w destination. Written to; do not close it.
         */
        void writeTo(Writer w) throws IOException;
    }

    /** Suffix of every temporary this class makes. */
    static final String TEMP_SUFFIX = ".igr-tmp";
    private static final Pattern TEMP_NAME = Pattern.compile("^\\..*\\.igr-(\\d+)-[0-9a-f]{8}\\.igr-tmp$");
    /** Longest part of the target's name copied into a temporary's name (file names stop at 255 bytes). */
    private static final int NAME_PART = 100;
    private static final int MAX_LINKS = 40;

    /** Outputs not yet committed or abandoned, for the shutdown hook. */
    private static final Set<Output> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private AtomicFileWriter() {
    }

    /**
     * @param target  the file to create or replace; its folder must exist
     * @param content writes the new content
     * @throws IOException if the target cannot be written (message names target and reason) or the
     *                     content fails; the previous file (if any) is then left as it was
     */
    public static void write(Path target, Content content) throws IOException {
        try (Output o = open(target)) {
            content.writeTo(o.stream());
            o.commit();
        }
    }

    /** Writes {@code bytes} atomically (see {@link #write(Path, Content)}). */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes UTF-8 text atomically (see {@link #write(Path, Content)}). */
    public static void writeText(Path target, TextContent text) throws IOException {
        write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(w);
            w.flush();
        });
    }

    /**
     * Checks, before any work, that {@link #write} could write {@code target}: the folder exists and
     * takes a new file, the target is not a folder. Costs one empty temporary file, created and deleted.
     *
     * @throws IOException naming the target and the reason
     */
    public static void check(Path target) throws IOException {
        Resolved r = resolve(target);
        if (r.special()) {
            if (!Files.isWritable(r.file())) {
                throw new IOException("cannot write " + target + ": permission denied");
            }
            return;
        }
        Path probe = createTemp(r);
        Files.deleteIfExists(probe);
    }

    /**
     * Opens an output for writing in several pieces (for example rows as they are computed): nothing
     * appears at the target until {@link Output#commit()}; closing without commit discards it.
     *
     * @throws IOException naming the target and the reason
     */
    public static Output open(Path target) throws IOException {
        Resolved r = resolve(target);
        if (r.special()) {
            try {
                FileChannel ch = FileChannel.open(r.file(), StandardOpenOption.WRITE);
                return new Output(target, r, null, ch);
            } catch (IOException e) {
                throw failure(target, r, e);
            }
        }
        sweepStale(r.folder());
        Path tmp = createTemp(r);
        try {
            FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
            Output o = new Output(target, r, tmp, ch);
            OPEN.add(o);
            installHook();
            return o;
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw failure(target, r, e);
        }
    }

    /**
     * A file being written: bytes go to {@link #stream()}, {@link #commit()} moves them into place.
     * Owned by one thread; {@link #onInterrupt} may be called from the shutdown hook.
     */
    public static final class Output implements Closeable {
        private final Path target;
        private final Resolved resolved;
        private final Path tmp;
        private final FileChannel channel;
        private final OutputStream stream;
        private volatile Runnable interruptAction;
        private boolean done;

        private Output(Path target, Resolved resolved, Path tmp, FileChannel channel) {
            this.target = target;
            this.resolved = resolved;
            this.tmp = tmp;
            this.channel = channel;
            // the caller must not close the channel: commit() and close() do
            this.stream = new BufferedOutputStream(new FilterOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // closed by commit() or close()
                }
            }, 1 << 16);
        }

        /** @return where to write the content; flush it to make rows visible to {@link #commit()} */
        public OutputStream stream() {
            return stream;
        }

        /**
         * Runs {@code action} if the program is stopped (SIGINT, SIGTERM) before this output was
         * committed or closed, before the temporary is deleted: for example a cancel that makes the
         * writing thread commit what it has. The action should return within a few seconds.
         */
        public void onInterrupt(Runnable action) {
            this.interruptAction = action;
        }

        /**
         * Flushes, forces the bytes to disk and moves them over the target.
         *
         * @throws IOException naming the target and the reason; the previous file is then intact
         */
        public synchronized void commit() throws IOException {
            if (done) {
                throw new IllegalStateException("already committed or closed");
            }
            try {
                stream.flush();
                if (tmp == null) {
                    channel.close();
                    done = true;
                    return;
                }
                channel.force(true);
                channel.close();
                keepPermissions(resolved.file(), tmp);
                try {
                    Files.move(tmp, resolved.file(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, resolved.file(), StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
                OPEN.remove(this);
                syncFolder(resolved.folder());
            } catch (IOException e) {
                close();
                throw failure(target, resolved, e);
            }
        }

        /** Discards the output unless it was committed (the previous file stays as it was). */
        @Override
        public synchronized void close() {
            if (done) {
                return;
            }
            done = true;
            OPEN.remove(this);
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was promised about this content; the temporary goes anyway
            }
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // swept by the next write into this folder
                }
            }
        }

        private void interrupted() {
            Runnable a = interruptAction;
            if (a != null) {
                try {
                    a.run();
                } catch (RuntimeException e) {
                    // the temporary is deleted below either way
                }
            }
            close();
        }
    }

    /** Where the bytes really go. */
    private record Resolved(Path file, Path folder, boolean special) {
    }

    /** Follows symbolic links and classifies the final target. */
    private static Resolved resolve(Path target) throws IOException {
        if (target == null || target.toString().isBlank()) {
            throw new IOException("no output file given");
        }
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException("cannot write " + target + ": too many levels of symbolic links");
            }
            Path parent = p.getParent();
            p = (parent == null ? p.getRoot() : parent).resolve(Files.readSymbolicLink(p));
        }
        if (Files.isDirectory(p)) {
            throw new IOException("cannot write " + target + ": it is a folder" + (p.equals(target.toAbsolutePath())
                    ? "" : " (" + p + ")") + "; give a file name");
        }
        Path folder = p.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        boolean special = Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        if (!special && Files.exists(p) && !Files.isWritable(p)) {
            throw new IOException("cannot write " + target + ": the file is read-only");
        }
        return new Resolved(p, folder, special);
    }

    /** Creates an empty temporary next to the target, with the mode the umask gives a new file. */
    private static Path createTemp(Resolved r) throws IOException {
        String name = r.file().getFileName().toString();
        if (name.length() > NAME_PART) {
            name = name.substring(0, NAME_PART);
        }
        for (int attempt = 0; ; attempt++) {
            String random = String.format("%08x", ThreadLocalRandom.current().nextInt());
            Path tmp = r.folder().resolve("." + name + ".igr-" + ProcessHandle.current().pid() + "-" + random
                    + TEMP_SUFFIX);
            try {
                // no permission attribute: the operating system applies the umask to 0666
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw failure(r.file(), r, e);
                }
            } catch (IOException e) {
                throw failure(r.file(), r, e);
            }
        }
    }

    /** Gives the temporary the permissions of the file it replaces (a new file keeps the umask's mode). */
    private static void keepPermissions(Path existing, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (old == null || !Files.exists(existing)) {
            return;
        }
        Set<PosixFilePermission> perms = old.readAttributes().permissions();
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Deletes temporaries of our naming in {@code folder} whose process no longer runs. */
    static void sweepStale(Path folder) {
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
            for (Path p : dir) {
                Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean ours = pid == self && OPEN.stream().anyMatch(o -> p.equals(o.tmp));
                boolean alive = pid != self && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!ours && !alive) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // sweeping is a courtesy; the write itself decides success
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (AtomicFileWriter.class) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicFileWriter::interruptAll,
                        "igr-output-cleanup"));
                hookInstalled = true;
            }
        }
    }

    /** Runs each open output's interrupt action and deletes its temporary (the shutdown hook). */
    static void interruptAll() {
        for (Output o : OPEN.toArray(new Output[0])) {
            o.interrupted();
        }
    }

    /** @return an exception naming the target and, in words, why it cannot be written */
    private static IOException failure(Path target, Resolved r, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied in the folder " + r.folder();
        } else if (e instanceof NoSuchFileException) {
            reason = Files.isDirectory(r.folder()) ? "the folder " + r.folder() + " does not take new files"
                    : "the folder " + r.folder() + " does not exist";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason() + " (in " + r.folder() + ")";
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (reason.startsWith("cannot write ")) {
            return e;
        }
        return new IOException("cannot write " + target + ": " + reason, e);
    }

    /** Makes the rename durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the move itself is still atomic there.
        }
    }
}

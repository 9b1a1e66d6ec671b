package org.igrexplorer.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dialogs answered by the test instead of a user: each file or folder dialog takes the next queued
 * answer (a path, or a cancel), each question the next queued yes/no, and every request and error
 * is recorded. A dialog with no answer queued fails the test.
 */
public final class StubDialogs implements DialogService {

    /** One dialog as it was asked: "open", "save" or "folder", with its request. */
    public record Asked(String kind, FileRequest request) {
    }

    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    /** The dialogs asked, in order. */
    public final List<Asked> asked = new CopyOnWriteArrayList<>();
    /** The errors shown, as "header: message". */
    public final List<String> errors = new CopyOnWriteArrayList<>();
    /** The questions asked (their headers). */
    public final List<String> questions = new CopyOnWriteArrayList<>();

    /** The next file or folder dialog chooses {@code file}. */
    public synchronized StubDialogs choose(Path file) {
        files.add(Optional.of(file));
        return this;
    }

    /** The next file or folder dialog is cancelled. */
    public synchronized StubDialogs cancel() {
        files.add(Optional.empty());
        return this;
    }

    /** The next question is answered {@code yes}. */
    public synchronized StubDialogs answer(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** @return the last dialog asked */
    public Asked last() {
        return asked.get(asked.size() - 1);
    }

    private synchronized Optional<Path> next(String kind, FileRequest r) {
        asked.add(new Asked(kind, r));
        if (files.isEmpty()) {
            throw new AssertionError("unexpected " + kind + " dialog: " + r);
        }
        return files.poll();
    }

    @Override
    public Optional<Path> showOpenDialog(FileRequest request) {
        return next("open", request);
    }

    @Override
    public Optional<Path> showSaveDialog(FileRequest request) {
        return next("save", request);
    }

    @Override
    public Optional<Path> showFolderDialog(String title, Path initialFolder) {
        return next("folder", new FileRequest(title, null, initialFolder, List.of(FileType.ANY)));
    }

    @Override
    public synchronized boolean confirm(String title, String header, String message, String accept, String decline) {
        questions.add(header);
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected question: " + header);
        }
        return answers.poll();
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }
}

package org.igrexplorer.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs the window shows: choosing a file to open or save, a folder, and error messages.
 * The application uses {@link FxDialogService}; tests pass a stub that answers without a window.
 * All methods are called on the FX thread.
 */
public interface DialogService {

    /**
     * A kind of file a dialog offers.
     *
     * @param description e.g. "SVG vector image"
     * @param extensions  without the dot, e.g. "svg"; "*" for any file
     */
    record FileType(String description, List<String> extensions) {

        /** Any file. */
        public static final FileType ANY = new FileType("All files", List.of("*"));

        public FileType {
            extensions = List.copyOf(extensions);
            if (extensions.isEmpty()) {
                throw new IllegalArgumentException("a file type needs an extension");
            }
        }

        public static FileType of(String description, String... extensions) {
            return new FileType(description, List.of(extensions));
        }
    }

    /**
     * What a file dialog asks.
     *
     * @param title         the dialog's title, e.g. "Save session"
     * @param initialName   the proposed file name, or null
     * @param initialFolder where the dialog opens, or null for the platform's choice
     * @param types         the file types offered, the first selected
     */
    record FileRequest(String title, String initialName, Path initialFolder, List<FileType> types) {

        public FileRequest {
            types = List.copyOf(types);
        }

        public static FileRequest of(String title, String initialName, FileType... types) {
            return new FileRequest(title, initialName, null, List.of(types));
        }

        /** @return the same request opening in {@code folder} (ignored when null) */
        public FileRequest in(Path folder) {
            return new FileRequest(title, initialName, folder, types);
        }
    }

    /** @return the file chosen to open, or empty when the user cancelled */
    Optional<Path> showOpenDialog(FileRequest request);

    /** @return the file chosen to save to, or empty when the user cancelled */
    Optional<Path> showSaveDialog(FileRequest request);

    /**
     * @param title         the dialog's title
     * @param initialFolder where the dialog opens, or null
     * @return the folder chosen, or empty when the user cancelled
     */
    Optional<Path> showFolderDialog(String title, Path initialFolder);

    /**
     * Asks a yes-or-no question and waits for the answer.
     *
     * @param title   the dialog's title
     * @param header  the situation, e.g. "2 MLP runs are training."
     * @param message what the choice means
     * @param accept  the label of the button that goes ahead, e.g. "Quit"
     * @param decline the label of the default button, which keeps things as they are
     * @return whether the user chose {@code accept}
     */
    boolean confirm(String title, String header, String message, String accept, String decline);

    /**
     * Shows an error without blocking the caller.
     *
     * @param header  what failed, e.g. "Export"
     * @param message what happened and what was kept, in the user's terms
     */
    void showError(String header, String message);
}

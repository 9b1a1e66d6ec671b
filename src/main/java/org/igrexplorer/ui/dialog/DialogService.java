package org.igrexplorer.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

        /** @return whether a file name ends with one of the extensions (case-insensitive) */
        public boolean matches(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(e -> e.equals("*") || name.endsWith("." + e.toLowerCase(Locale.ROOT)));
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
     * Shows an error without blocking the caller.
     *
     * @param header  what failed, e.g. "Export"
     * @param message what happened and what was kept, in the user's terms
     */
    void showError(String header, String message);
}

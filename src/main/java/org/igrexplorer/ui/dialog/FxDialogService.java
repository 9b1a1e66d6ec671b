package org.igrexplorer.ui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs as JavaFX shows them: the platform's file choosers and alerts, owned by a window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /** @param owner the window that owns the dialogs (asked each time; may answer null) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** @return a service whose dialogs belong to the window showing {@code node}, if any */
    public static FxDialogService of(Node node) {
        return new FxDialogService(() -> node.getScene() == null ? null : node.getScene().getWindow());
    }

    private FileChooser chooser(FileRequest r) {
        FileChooser fc = new FileChooser();
        fc.setTitle(r.title());
        if (r.initialName() != null) {
            fc.setInitialFileName(r.initialName());
        }
        if (r.initialFolder() != null && Files.isDirectory(r.initialFolder())) {
            fc.setInitialDirectory(r.initialFolder().toFile());
        }
        for (FileType t : r.types()) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(),
                    t.extensions().stream().map(e -> e.equals("*") ? "*" : "*." + e).toList()));
        }
        return fc;
    }

    private static Optional<Path> path(File f) {
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> showOpenDialog(FileRequest request) {
        return path(chooser(request).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> showSaveDialog(FileRequest request) {
        return path(chooser(request).showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> showFolderDialog(String title, Path initialFolder) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            dc.setInitialDirectory(initialFolder.toFile());
        }
        return path(dc.showDialog(owner.get()));
    }

    @Override
    public boolean confirm(String title, String header, String message, String accept, String decline) {
        ButtonType yes = new ButtonType(accept, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(decline, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        ((Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return a.showAndWait().orElse(no) == yes;
    }

    @Override
    public void showError(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setHeaderText(header);
        a.show();
    }
}

package org.igrexplorer.ui;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Asks before the window closes while work would be lost (MLP training): the window's close button,
 * File → Quit and Ctrl+Q all arrive as a close request, which this consumes unless the user confirms.
 * FX thread only.
 */
public final class QuitGuard {

    private QuitGuard() {
    }

    /**
     * @param stage   the application's window
     * @param busy    what closing now would throw away, in words, or null when nothing would be lost
     * @param confirm asks the user whether to quit anyway, given {@code busy}'s words ({@link #askUser})
     */
    public static void install(Stage stage, Supplier<String> busy, Predicate<String> confirm) {
        Objects.requireNonNull(busy);
        Objects.requireNonNull(confirm);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            String work = busy.get();
            if (work != null && !confirm.test(work)) {
                e.consume();
            }
        });
    }

    /** @return a confirmation dialog over {@code stage}; "Keep working" is the default answer */
    public static Predicate<String> askUser(Stage stage) {
        return work -> {
            ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.OK_DONE);
            ButtonType stay = new ButtonType("Keep working", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Quitting now stops it and its results are lost.",
                    quit, stay);
            a.initOwner(stage);
            a.setTitle("Quit IGR Explorer?");
            a.setHeaderText(Character.toUpperCase(work.charAt(0)) + work.substring(1) + ".");
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(quit)).setDefaultButton(false);
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(stay)).setDefaultButton(true);
            return a.showAndWait().orElse(stay) == quit;
        };
    }
}

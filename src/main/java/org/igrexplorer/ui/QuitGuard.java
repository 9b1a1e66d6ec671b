package org.igrexplorer.ui;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.igrexplorer.ui.dialog.DialogService;

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

    /** @return the question asked through {@code dialogs}; "Keep working" is the default answer */
    public static Predicate<String> askUser(DialogService dialogs) {
        return work -> dialogs.confirm("Quit IGR Explorer?", Character.toUpperCase(work.charAt(0)) + work.substring(1)
                + ".", "Quitting now stops it and its results are lost.", "Quit", "Keep working");
    }
}

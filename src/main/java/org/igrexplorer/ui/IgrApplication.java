package org.igrexplorer.ui;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.igrexplorer.Version;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;

/** The application window. */
public final class IgrApplication extends Application {

    /** Launches the JavaFX application (blocks until the window closes). */
    public static void launchApp(String[] args) {
        Application.launch(IgrApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        RunParameters p = RunParameters.DEFAULT;
        VBox box = new VBox(6);
        box.setPadding(new Insets(16));
        box.getChildren().add(new Label(String.format("x = %s, y = %s, start (a0, b0) = (%s, %s), h = %s, µ = %s, %d steps, λ = %s",
                p.x(), p.y(), p.a0(), p.b0(), p.h(), p.mu(), p.steps(), p.lambda())));
        Label status = new Label("computing…");
        box.getChildren().add(status);
        CompletableFuture.supplyAsync(() -> TrajectoryService.computeAll(Method.PAPER, p,
                        RunLimits.DEFAULT, FlowTolerances.DEFAULT))
                .thenAccept(result -> Platform.runLater(() -> status.setText(describe(result))));
        stage.setTitle("IGR Explorer " + Version.get());
        stage.setScene(new Scene(box, 900, 300));
        stage.show();
    }

    private static String describe(Map<Method, Trajectory> result) {
        StringBuilder sb = new StringBuilder();
        result.values().forEach(t -> sb.append(t.method().label()).append(": ").append(t.message()).append('\n'));
        return sb.toString();
    }
}

package org.igrexplorer.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.igrexplorer.core.session.Presets;
import org.igrexplorer.core.session.RecentFiles;
import org.igrexplorer.core.session.SessionManager;
import org.igrexplorer.core.session.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu actions with same-thread executors: no FX toolkit needed. */
class SessionActionsTest {

    private static final Executor SAME_THREAD = Runnable::run;

    /** A stand-in for the window: it holds a state that the actions read and set. */
    private static final class FakeWindow {
        SessionState state = SessionState.DEFAULT;
        final List<SessionState> applied = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        SessionActions actions(Path dir) {
            SessionManager m = new SessionManager(state, new RecentFiles(dir.resolve("recent.json"), 5));
            return new SessionActions(m, () -> state, s -> {
                state = s;
                applied.add(s);
            }, SAME_THREAD, SAME_THREAD, errors::add);
        }
    }

    @Test
    void saveCapturesTheWindowAndOpenRestoresIt(@TempDir Path dir) {
        FakeWindow w = new FakeWindow();
        SessionActions a = w.actions(dir);
        w.state = Presets.FIG1A_FAR.state().withPresetId(null);
        Path file = dir.resolve("s.igr.json");
        a.save(file);
        assertTrue(Files.isRegularFile(file));
        w.state = SessionState.DEFAULT;
        List<Path> opened = new ArrayList<>();
        a.setOnOpened(opened::add);
        a.open(file);
        assertEquals(List.of(file), opened);
        assertEquals(Presets.FIG1A_FAR.state().withPresetId(null), w.state);
        assertEquals(List.of(file.toAbsolutePath()), a.recentFiles());
        assertEquals(List.of(), w.errors);
    }

    @Test
    void saveOpenAndPresetsTellTheUserWhatHappened(@TempDir Path dir) {
        FakeWindow w = new FakeWindow();
        SessionActions a = w.actions(dir);
        List<String> notices = new ArrayList<>();
        List<Path> saved = new ArrayList<>();
        a.setOnNotice(notices::add);
        a.setOnSaved(saved::add);
        Path file = dir.resolve("lecture.igr.json");
        a.save(file);
        assertEquals(List.of(file), saved);
        assertTrue(notices.get(0).matches("Saved lecture\\.igr\\.json at \\d\\d:\\d\\d(:\\d\\d)?"), notices.get(0));
        a.save(dir.resolve("no-such-folder").resolve("x.igr.json"));
        assertEquals(1, saved.size(), "a failed save is not reported as saved");
        assertEquals(1, notices.size());
        a.open(file);
        assertEquals("Opened lecture.igr.json", notices.get(1));
        a.applyPreset(Presets.RICOCHET);
        assertEquals("Preset " + Presets.RICOCHET.label() + ": " + Presets.RICOCHET.explanation(), notices.get(2));
    }

    @Test
    void failedOpenShowsAMessageAndLeavesTheWindowAlone(@TempDir Path dir) throws Exception {
        FakeWindow w = new FakeWindow();
        SessionActions a = w.actions(dir);
        Path file = dir.resolve("newer.igr.json");
        Files.writeString(file, "{\"format\":\"igr-explorer-session\",\"version\":7}");
        List<Path> opened = new ArrayList<>();
        a.setOnOpened(opened::add);
        a.open(file);
        assertEquals(List.of(), opened, "a failed open is not the file Save writes to");
        assertEquals(List.of(), w.applied);
        assertEquals(1, w.errors.size());
        assertTrue(w.errors.get(0).contains("newer"), w.errors.get(0));
    }

    @Test
    void failedSaveShowsAMessage(@TempDir Path dir) {
        FakeWindow w = new FakeWindow();
        SessionActions a = w.actions(dir);
        a.save(dir.resolve("missing-folder/s.igr.json"));
        assertEquals(1, w.errors.size());
        assertTrue(w.errors.get(0).contains("unchanged"), w.errors.get(0));
    }

    @Test
    void presetIsAppliedWhole(@TempDir Path dir) {
        FakeWindow w = new FakeWindow();
        SessionActions a = w.actions(dir);
        a.applyPreset(Presets.RICOCHET);
        assertEquals(Presets.RICOCHET.state(), w.state);
        assertEquals(Presets.RICOCHET.state(), a.manager().current());
    }

    @Test
    void stateTheWindowCannotShowIsRefusedWhole(@TempDir Path dir) {
        FakeWindow w = new FakeWindow();
        SessionManager m = new SessionManager(w.state, new RecentFiles(dir.resolve("recent.json"), 5));
        SessionActions a = new SessionActions(m, () -> w.state, s -> {
            w.state = s;
            w.applied.add(s);
        }, s -> s.parameters().steps() > 1000 ? List.of("steps beyond 1000") : List.of(), SAME_THREAD, SAME_THREAD,
                w.errors::add);
        Path file = dir.resolve("big.igr.json");
        w.state = Presets.FIG1A_FAR.state(); // 20,000 steps
        a.save(file);
        w.state = SessionState.DEFAULT;
        m.set(SessionState.DEFAULT);
        a.open(file);
        assertEquals(List.of(), w.applied);
        assertEquals(SessionState.DEFAULT, m.current());
        assertTrue(w.errors.get(0).contains("steps beyond 1000"), w.errors.toString());
        a.applyPreset(Presets.EGR_BEYOND_STABILITY);
        assertEquals(List.of(), w.applied);
        assertEquals(2, w.errors.size());
    }
}

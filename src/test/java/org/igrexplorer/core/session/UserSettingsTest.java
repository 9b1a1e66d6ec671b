package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @Test
    void aValueSurvivesToTheNextInstanceAndRemovingItToo(@TempDir Path dir) {
        Path store = dir.resolve("sub/settings.json");
        UserSettings first = new UserSettings(store);
        assertEquals(Optional.empty(), first.get("theme"));
        first.put("theme", "DARK");
        first.put("other", "x");
        assertTrue(Files.isRegularFile(store), "the folder is created on the first save");
        UserSettings second = new UserSettings(store);
        assertEquals(Optional.of("DARK"), second.get("theme"));
        assertEquals(Optional.of("x"), second.get("other"));
        second.put("other", null);
        assertEquals(Optional.empty(), new UserSettings(store).get("other"));
        assertEquals(Optional.of("DARK"), new UserSettings(store).get("theme"));
    }

    @Test
    void damagedOrForeignFilesReadAsEmpty(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("settings.json");
        for (String content : new String[] {"{not json", "[]", "{\"format\":\"other\",\"version\":1,\"values\":{}}",
            "{\"format\":\"igr-explorer-settings\",\"version\":2,\"values\":{\"theme\":\"DARK\"}}",
            "{\"format\":\"igr-explorer-settings\",\"values\":{\"theme\":\"DARK\"}}",
            "{\"format\":\"igr-explorer-settings\",\"version\":1,\"values\":{\"theme\":\"DARK\"},\"x\":1}",
            "{\"format\":\"igr-explorer-settings\",\"version\":1,\"values\":{\"theme\":[\"DARK\"]}}"}) {
            Files.writeString(store, content);
            assertEquals(Optional.empty(), new UserSettings(store).get("theme"), content);
        }
        // a damaged file is replaced by a good one on the next put
        UserSettings s = new UserSettings(store);
        s.put("theme", "LIGHT");
        assertEquals(Optional.of("LIGHT"), new UserSettings(store).get("theme"));
    }

    @Test
    void aValueThatIsNotTextIsSkippedAndTheOthersKept(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("settings.json");
        Files.writeString(store, "{\"format\":\"igr-explorer-settings\",\"version\":1,"
                + "\"values\":{\"theme\":\"DARK\",\"size\":3,\"on\":true}}");
        UserSettings s = new UserSettings(store);
        assertEquals(Optional.of("DARK"), s.get("theme"));
        assertEquals(Optional.empty(), s.get("size"));
        assertEquals(Optional.empty(), s.get("on"));
        s.put("theme", "LIGHT");
        String written = Files.readString(store);
        assertTrue(written.contains("\"format\" : \"igr-explorer-settings\"") && written.contains("\"version\" : 1")
                && written.contains("\"theme\" : \"LIGHT\"") && !written.contains("size"), written);
    }

    @Test
    void theDefaultStoreFollowsTheConfigDirOverride(@TempDir Path dir) {
        String old = System.getProperty(RecentFiles.CONFIG_DIR_PROPERTY);
        System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, dir.toString());
        try {
            assertEquals(dir.resolve("settings.json"), UserSettings.defaultStore());
            UserSettings.openDefault().put("theme", "DARK");
            assertEquals(Optional.of("DARK"), new UserSettings(dir.resolve("settings.json")).get("theme"));
        } finally {
            if (old == null) {
                System.clearProperty(RecentFiles.CONFIG_DIR_PROPERTY);
            } else {
                System.setProperty(RecentFiles.CONFIG_DIR_PROPERTY, old);
            }
        }
    }
}

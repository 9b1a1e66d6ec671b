package org.igrexplorer.ui.export.animation;

import org.igrexplorer.core.Identified;

/** The file formats of an exported animation. */
public enum AnimationFormat implements Identified {
    /** Looping animated GIF (256 colours, plays everywhere, also in e-mail and wikis). */
    GIF("gif", "Animated GIF (looping)", 50),
    /** H.264 video (yuv420p) in MP4: PowerPoint, Keynote, LibreOffice Impress, browsers. */
    MP4("mp4", "MP4 video (H.264)", 60);

    private final String id;
    private final String description;
    private final int maxFps;

    AnimationFormat(String id, String description, int maxFps) {
        this.id = id;
        this.description = description;
        this.maxFps = maxFps;
    }

    /** @return the name used on the command line and as file extension */
    @Override
    public String id() {
        return id;
    }

    /** @return a short description for menus and file choosers */
    public String description() {
        return description;
    }

    /**
     * @return the highest frame rate the format plays faithfully (GIF delays are whole hundredths of a
     *         second and browsers slow down anything shorter than 2/100 s)
     */
    public int maxFps() {
        return maxFps;
    }

    /** @return the format called {@code id} (case-insensitive) */
    public static AnimationFormat fromId(String id) {
        return Identified.fromId(AnimationFormat.class, id, "animation format");
    }
}

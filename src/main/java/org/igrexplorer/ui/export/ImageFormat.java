package org.igrexplorer.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.igrexplorer.core.Identified;

/** Image file formats a figure can be exported to. */
public enum ImageFormat implements Identified {
    /** Raster, at a chosen scale or DPI. */
    PNG("png", "PNG image"),
    /** Vector: lines stay lines and text stays text (JFreeSVG). */
    SVG("svg", "SVG vector image"),
    /** Vector, one page the size of the figure (OpenPDF, DejaVu fonts embedded). */
    PDF("pdf", "PDF document");

    private final String id;
    private final String description;

    ImageFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** @return the identifier and file extension, e.g. {@code svg} */
    @Override
    public String id() {
        return id;
    }

    /** @return a description for file dialogs */
    public String description() {
        return description;
    }

    /**
     * @return the format with this identifier (case-insensitive)
     * @throws IllegalArgumentException naming the unknown identifier
     */
    public static ImageFormat fromId(String id) {
        return Identified.fromId(ImageFormat.class, id, "image format");
    }

    /** @return the format that the file name's extension names, if any */
    public static Optional<ImageFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ImageFormat f : values()) {
            if (name.endsWith("." + f.id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

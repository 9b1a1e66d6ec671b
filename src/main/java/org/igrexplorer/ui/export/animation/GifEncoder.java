package org.igrexplorer.ui.export.animation;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * A looping animated GIF through the JDK's ImageIO GIF writer: the delay of each frame in the
 * Graphic Control Extension (hundredths of a second, rounded so that the total time stays exact),
 * the NETSCAPE2.0 application extension with loop count 0 (forever), one palette for all frames
 * ({@link GifPalette}), and after the first frame only the rectangle that changed, its unchanged
 * pixels transparent over the previous frame (disposal "do not dispose"): a growing curve costs a few
 * hundred bytes per frame instead of a whole picture.
 */
final class GifEncoder implements FrameEncoder {

    /** GIF times are in hundredths of a second. */
    static final int TICKS_PER_SECOND = 100;

    private final ImageWriter writer;
    private final ImageOutputStream ios;
    private final GifPalette palette;
    private final int width;
    private final int height;
    private final double fps;
    private final byte[] shown;
    private final int[] argb;
    private int frames;
    private long ticksWritten;

    GifEncoder(OutputStream out, int width, int height, double fps, GifPalette palette) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) {
            throw new IOException("this Java runtime has no GIF writer");
        }
        this.writer = it.next();
        this.ios = ImageIO.createImageOutputStream(out);
        writer.setOutput(ios);
        writer.prepareWriteSequence(streamMetadata(writer, width, height, palette));
        this.palette = palette;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.shown = new byte[width * height];
        this.argb = new int[width * height];
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + frame.getWidth() + "×" + frame.getHeight() + ", expected "
                    + width + "×" + height);
        }
        int[] px = pixels(frame);
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        byte[] now = new byte[px.length];
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                byte idx = (byte) palette.index(px[i]);
                now[i] = idx;
                if (frames == 0 || idx != shown[i]) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        boolean unchanged = x1 < 0;
        if (unchanged) {
            x0 = 0;
            y0 = 0;
            x1 = 0;
            y1 = 0;
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        BufferedImage part = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette.colorModel());
        byte[] dst = ((DataBufferByte) part.getRaster().getDataBuffer()).getData();
        boolean transparent = frames > 0;
        for (int y = 0; y < h; y++) {
            int src = (y0 + y) * width + x0;
            for (int x = 0; x < w; x++) {
                byte idx = now[src + x];
                dst[y * w + x] = transparent && (unchanged || idx == shown[src + x]) ? (byte) GifPalette.TRANSPARENT : idx;
            }
        }
        System.arraycopy(now, 0, shown, 0, now.length);
        long end = Math.round((frames + 1) * TICKS_PER_SECOND / fps);
        int delay = (int) Math.max(1, end - ticksWritten);
        ticksWritten += delay;
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(part), param);
        meta.mergeTree(meta.getNativeMetadataFormatName(), tree(meta, x0, y0, w, h, delay, transparent));
        writer.writeToSequence(new IIOImage(part, null, meta), param);
        frames++;
    }

    private int[] pixels(BufferedImage frame) {
        int t = frame.getType();
        if ((t == BufferedImage.TYPE_INT_ARGB || t == BufferedImage.TYPE_INT_RGB)
                && frame.getRaster().getDataBuffer() instanceof DataBufferInt db
                && db.getData().length == argb.length && frame.getRaster().getParent() == null) {
            return db.getData();
        }
        frame.getRGB(0, 0, width, height, argb, 0, width);
        return argb;
    }

    /** The logical screen and the global colour table: every frame uses the one palette. */
    private static IIOMetadata streamMetadata(ImageWriter writer, int width, int height, GifPalette palette)
            throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(writer.getDefaultWriteParam());
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode screen = new IIOMetadataNode("LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        root.appendChild(screen);
        IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        IndexColorModel cm = palette.colorModel();
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
            e.setAttribute("index", Integer.toString(i));
            e.setAttribute("red", Integer.toString(cm.getRed(i)));
            e.setAttribute("green", Integer.toString(cm.getGreen(i)));
            e.setAttribute("blue", Integer.toString(cm.getBlue(i)));
            table.appendChild(e);
        }
        root.appendChild(table);
        meta.mergeTree(format, root);
        return meta;
    }

    private IIOMetadataNode tree(IIOMetadata meta, int x, int y, int w, int h, int delay, boolean transparent) {
        IIOMetadataNode root = new IIOMetadataNode(meta.getNativeMetadataFormatName());
        IIOMetadataNode desc = new IIOMetadataNode("ImageDescriptor");
        desc.setAttribute("imageLeftPosition", Integer.toString(x));
        desc.setAttribute("imageTopPosition", Integer.toString(y));
        desc.setAttribute("imageWidth", Integer.toString(w));
        desc.setAttribute("imageHeight", Integer.toString(h));
        desc.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(desc);
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", transparent ? "TRUE" : "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delay));
        gce.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        root.appendChild(gce);
        if (frames == 0) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
            apps.appendChild(app);
            root.appendChild(apps);
        }
        return root;
    }

    @Override
    public void finish() throws IOException {
        if (frames == 0) {
            throw new IOException("an animation needs at least one frame");
        }
        writer.endWriteSequence();
        ios.flush();
    }

    @Override
    public void close() {
        writer.dispose();
        try {
            ios.close();
        } catch (IOException e) {
            // the stream belongs to the caller, which reports its own failures
        }
    }
}

package org.igrexplorer.ui.export.animation;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/**
 * An animated GIF read back with ImageIO's GIF reader, independently of the writer: each frame's
 * delay and position, the loop count of the NETSCAPE2.0 extension, and the frames as a viewer shows
 * them (each drawn over the previous one, as disposal "do not dispose" asks).
 *
 * @param width     logical screen width
 * @param height    logical screen height
 * @param delays    each frame's delay, hundredths of a second
 * @param loopCount the NETSCAPE2.0 loop count (0 = forever), or -1 when the extension is missing
 * @param frames    the composited frames
 */
public record GifFrames(int width, int height, List<Integer> delays, int loopCount, List<BufferedImage> frames) {

    public static GifFrames read(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, false);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = (IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            int w = Integer.parseInt(screen.getAttribute("logicalScreenWidth"));
            int h = Integer.parseInt(screen.getAttribute("logicalScreenHeight"));
            int n = reader.getNumImages(true);
            List<Integer> delays = new ArrayList<>();
            List<BufferedImage> frames = new ArrayList<>();
            int loop = -1;
            BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            for (int i = 0; i < n; i++) {
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) meta.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
                var apps = meta.getElementsByTagName("ApplicationExtension");
                for (int k = 0; k < apps.getLength(); k++) {
                    IIOMetadataNode app = (IIOMetadataNode) apps.item(k);
                    if ("NETSCAPE".equals(app.getAttribute("applicationID"))
                            && "2.0".equals(app.getAttribute("authenticationCode"))) {
                        byte[] b = (byte[]) app.getUserObject();
                        loop = (b[1] & 0xff) | (b[2] & 0xff) << 8;
                    }
                }
                IIOMetadataNode desc = (IIOMetadataNode) meta.getElementsByTagName("ImageDescriptor").item(0);
                int x = Integer.parseInt(desc.getAttribute("imageLeftPosition"));
                int y = Integer.parseInt(desc.getAttribute("imageTopPosition"));
                BufferedImage part = reader.read(i);
                Graphics2D g = canvas.createGraphics();
                g.drawImage(part, x, y, null); // transparent pixels leave the previous frame showing
                g.dispose();
                BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                Graphics2D cg = copy.createGraphics();
                cg.drawImage(canvas, 0, 0, null);
                cg.dispose();
                frames.add(copy);
            }
            return new GifFrames(w, h, delays, loop, frames);
        } finally {
            reader.dispose();
        }
    }
}

package org.igrexplorer.ui.export.animation;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * H.264 video in an MP4 file through JavaCV and FFmpeg's bundled OpenH264 encoder (constrained
 * baseline, yuv420p: what PowerPoint, Keynote, LibreOffice Impress and browsers play), a key frame
 * every two seconds, the index at the front of the file (fast start, for browsers). The MP4 muxer
 * needs a seekable file, so the video is made in a temporary file of the system's temporary folder and
 * then copied into the output stream (the atomic writer's); {@link #close()} removes that file.
 */
final class Mp4Encoder implements FrameEncoder {

    /** The H.264 encoder FFmpeg's LGPL build carries (libx264 is in the GPL build only). */
    static final String CODEC = "libopenh264";
    /** Bits per pixel per frame: about 3.7 Mbit/s at 1280×720 and 20 fps, crisp for lines and text. */
    static final double BITS_PER_PIXEL = 0.2;

    private final OutputStream out;
    private final Path tmp;
    private final FFmpegFrameRecorder recorder;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final BufferedImage bgr;
    private boolean started;

    Mp4Encoder(OutputStream out, int width, int height, double fps) throws IOException {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("H.264 4:2:0 needs an even width and height, got " + width + "×" + height);
        }
        this.out = out;
        try {
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IOException("MP4 export needs the FFmpeg libraries for this platform, which could not be "
                    + "loaded (" + e.getMessage() + "); export a GIF instead", e);
        }
        if (avcodec.avcodec_find_encoder_by_name(CODEC) == null) {
            throw new IOException("this FFmpeg build has no " + CODEC + " encoder; export a GIF instead");
        }
        this.tmp = Files.createTempFile("igr-video-", ".mp4");
        tmp.toFile().deleteOnExit();
        this.bgr = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        recorder = new FFmpegFrameRecorder(tmp.toFile(), width, height, 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName(CODEC);
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setGopSize((int) Math.max(1, Math.round(2 * fps)));
        recorder.setVideoBitrate((int) Math.min(50_000_000, Math.max(500_000, BITS_PER_PIXEL * width * height * fps)));
        recorder.setOption("movflags", "+faststart");
        recorder.setMetadata("encoder", "IGR Explorer");
        try {
            recorder.start();
            started = true;
        } catch (FrameRecorder.Exception e) {
            close();
            throw new IOException("the H.264 encoder did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        if (frame.getWidth() != bgr.getWidth() || frame.getHeight() != bgr.getHeight()) {
            throw new IllegalArgumentException("frame is " + frame.getWidth() + "×" + frame.getHeight() + ", expected "
                    + bgr.getWidth() + "×" + bgr.getHeight());
        }
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(frame, 0, 0, null);
        } finally {
            g.dispose();
        }
        try {
            recorder.record(converter.convert(bgr));
        } catch (FrameRecorder.Exception e) {
            throw new IOException("H.264 encoding failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            recorder.stop();
            started = false;
        } catch (FrameRecorder.Exception e) {
            throw new IOException("could not finish the MP4 file: " + e.getMessage(), e);
        }
        Files.copy(tmp, out);
    }

    @Override
    public void close() {
        try {
            if (started) {
                recorder.stop();
            }
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            // abandoning the file anyway
        }
        converter.close();
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // a stray hidden temporary file is all that can remain
        }
    }
}

package io.slipway.model.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a stack file's text, saying what stands in its place when it is not a readable UTF-8 file:
 * a missing file, a directory, a symbolic link that dangles or loops, bytes that are not UTF-8
 * (with the line), or a file larger than a stack file can be.
 */
public final class StackFileText {
    private StackFileText() {}

    public static String read(Path file) {
        if (Files.isSymbolicLink(file)) {
            checkLinkTarget(file);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new StackFileProblem("no such file; environments live in environments/Pulumi.<stack>.yaml");
        }
        if (Files.isDirectory(file)) {
            throw new StackFileProblem("is a directory, not a stack file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > 4L * StackFileReader.MAX_CHARACTERS) {
                throw new StackFileProblem("the file has " + Files.size(file) + " bytes; a stack file may have at most "
                        + StackFileReader.MAX_CHARACTERS + " characters");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new StackFileProblem("permission denied: the file cannot be read");
        } catch (IOException e) {
            throw new StackFileProblem("cannot read the file: " + reason(e));
        }
        return decode(bytes);
    }

    private static void checkLinkTarget(Path link) {
        try {
            link.toRealPath();
        } catch (NoSuchFileException e) {
            throw new StackFileProblem("is a symbolic link to " + target(link) + ", which does not exist");
        } catch (FileSystemException e) {
            throw new StackFileProblem("is a symbolic link that cannot be followed (it loops back on itself or is too deep): "
                    + target(link));
        } catch (IOException e) {
            throw new StackFileProblem("is a symbolic link that cannot be followed: " + reason(e));
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }

    /** Strict UTF-8: a malformed byte is reported with its line instead of becoming a replacement character. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new StackFileProblem(String.format("not UTF-8: byte 0x%02X on line %d cannot be read; save the file as UTF-8",
                    bytes[offset] & 0xFF, line), line);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null ? "unknown error" : reason;
    }
}

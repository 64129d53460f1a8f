package cn.qinglian.portal.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The file types the portal accepts, recognised from their first bytes (never from the name). */
public enum FileType {
    PDF("application/pdf", Set.of("pdf")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    PNG("image/png", Set.of("png")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"));

    public static final String ACCEPTED = "PDF、JPG、PNG、DOCX、XLSX";

    private final String contentType;
    private final Set<String> extensions;

    FileType(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase());
    }

    public static Optional<FileType> sniff(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes())) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[]{'P', 'K', 3, 4})) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    /** A zip is a DOCX or XLSX only if it holds the main part of one. */
    private static Optional<FileType> officeDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

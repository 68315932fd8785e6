package vn.thidua.platform.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A generated file handed to a page's p:fileDownload: its name, media type and bytes. */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static StreamedContent of(String name, String mediaType, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(mediaType).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}

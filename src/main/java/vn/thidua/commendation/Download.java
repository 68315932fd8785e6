package vn.thidua.commendation;

/** A generated file to download: its name, media type and bytes. */
public record Download(String fileName, String mediaType, byte[] content) {
}

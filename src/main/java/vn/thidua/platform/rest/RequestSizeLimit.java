package vn.thidua.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.result.EvidenceFiles;

/**
 * No request body of the API larger than the largest file it takes (an attachment of {@link EvidenceFiles#MAX_BYTES}
 * and its envelope) is kept in memory: refused by its Content-Length, or once it passes the limit when it comes in
 * chunks, with 413 and a message in the caller's language. The rest of the body is read and thrown away as it comes,
 * so that the caller, still sending, gets the answer instead of a closed connection. Each kind of file then has its
 * own limit and message (an attachment, an Excel list).
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = EvidenceFiles.MAX_BYTES + 1024 * 1024L;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BYTES) {
            request.getEntityStream().transferTo(OutputStream.nullOutputStream());
            throw new TooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    /** The refusal: 413 Payload Too Large. */
    static final class TooLarge extends BusinessException {

        TooLarge() {
            super("request.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }

        @Override
        public int httpStatus() {
            return 413;
        }
    }

    /** A body that stops being read past the limit. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                throw new TooLarge();
            }
        }
    }
}

package vn.thidua.commendation.api;

import jakarta.ws.rs.core.Response;
import vn.thidua.commendation.Download;
import vn.thidua.platform.error.BusinessException;

/** What the commendation resources share: a generated file as an attachment, and whole numbers from the query. */
final class Downloads {

    private Downloads() {
    }

    /** The file, to be saved under its (ASCII) name. */
    static Response attachment(Download file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    /** A whole number given in the query, null when absent; refused clearly (400) when it is not one. */
    static Integer whole(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new BusinessException("api.parameter.notANumber", name, text);
        }
    }
}

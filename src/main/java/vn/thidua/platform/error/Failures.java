package vn.thidua.platform.error;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;

/** Finds what the user should be told in an exception that crossed the EJB, EL or Faces layers. */
public final class Failures {

    private Failures() {
    }

    /** The business error behind {@code thrown}, a refused EJB call as access denied, or null. */
    public static BusinessException businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
            if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                return new AccessDeniedException();
            }
        }
        return null;
    }
}

package vn.thidua.platform.error;

import jakarta.ejb.ApplicationException;

/** The caller's role or org unit does not cover the data asked for. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}

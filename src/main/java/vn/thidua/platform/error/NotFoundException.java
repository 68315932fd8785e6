package vn.thidua.platform.error;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or is outside what the caller may know exists). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}

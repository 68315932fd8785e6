package vn.thidua.commendation;

import vn.thidua.platform.error.BusinessException;

/** The caller may see the dossier but their role or unit does not allow this step; the message says who may. */
public class NotPermittedException extends BusinessException {

    public NotPermittedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}

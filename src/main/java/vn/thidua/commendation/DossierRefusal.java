package vn.thidua.commendation;

import vn.thidua.platform.error.BusinessException;

/**
 * One dossier of a list refused a step: the reason, prefixed with whose dossier it is ("Hồ sơ của Nguyễn Văn A:
 * …"), with the reason's own HTTP status.
 */
public class DossierRefusal extends BusinessException {

    private final int status;

    public DossierRefusal(String nomineeName, BusinessException reason) {
        super("decision.dossierRefused", nomineeName, reason);
        this.status = reason.httpStatus();
    }

    @Override
    public int httpStatus() {
        return status;
    }
}

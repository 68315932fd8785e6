package vn.thidua.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.Failures;
import vn.thidua.platform.i18n.Messages;

/**
 * Every error of the API as application/problem+json, in the language of Accept-Language (Vietnamese by default).
 * Unexpected errors are logged and answered without internals.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = locale();
        if (thrown instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.response(status, web.getResponse().getStatusInfo().getReasonPhrase(), null);
        }
        BusinessException business = Failures.businessCause(thrown);
        if (business != null) {
            return problem(business, locale);
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", thrown);
        return Problem.response(500, Messages.format(locale, "error.unexpected"), null);
    }

    private static Response problem(BusinessException business, Locale locale) {
        String detail = Messages.format(locale, business.getMessageKey(), business.getArguments());
        Response.Status status = Response.Status.fromStatusCode(business.httpStatus());
        return Problem.response(business.httpStatus(), status == null ? detail : status.getReasonPhrase(), detail);
    }

    private Locale locale() {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return Messages.VIETNAMESE;
        }
        return Messages.supported(headers.getAcceptableLanguages().get(0));
    }
}

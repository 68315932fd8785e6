package vn.thidua.platform.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the user can act on: the message is a key in the resource bundle (with arguments), so it reaches
 * the user in their language. Thrown by services; shown as a FacesMessage on pages and as problem+json by the
 * REST API. Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.asList(arguments.clone());
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }

    /** The HTTP status the REST API answers with. */
    public int httpStatus() {
        return 400;
    }
}

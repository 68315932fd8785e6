package vn.thidua.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.Authentication;

/** The one identity store: the application's own user table, for form login and HTTP Basic alike. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final ThreadLocal<String> REMOTE_ADDRESS = new ThreadLocal<>();

    @Inject
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Authentication result = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString(),
                REMOTE_ADDRESS.get());
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** Runs a validation with the client's address at hand for the login log (the store has no request). */
    static <T> T withRemoteAddress(String address, java.util.function.Supplier<T> validation) {
        REMOTE_ADDRESS.set(address);
        try {
            return validation.get();
        } finally {
            REMOTE_ADDRESS.remove();
        }
    }
}

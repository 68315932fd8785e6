package vn.thidua.identity.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/** Who logged in on this session, and whether they must change their password before anything else. */
public record SessionIdentity(String username, Set<String> roles, boolean mustChangePassword)
        implements Serializable {

    static final String ATTRIBUTE = SessionIdentity.class.getName();

    public static SessionIdentity of(HttpSession session) {
        return session == null ? null : (SessionIdentity) session.getAttribute(ATTRIBUTE);
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    public static void passwordChanged(HttpSession session) {
        SessionIdentity identity = of(session);
        if (identity != null) {
            new SessionIdentity(identity.username, identity.roles, false).storeIn(session);
        }
    }
}

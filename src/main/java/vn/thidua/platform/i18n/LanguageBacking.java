package vn.thidua.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The user's language, kept in a cookie so that it needs no session (the login page stays stateless) and
 * survives logout. Vietnamese unless the user chose English.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    static final String COOKIE = "thidua.lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie(request);
        }
        return locale;
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.equals(getLocale());
    }

    public void switchTo(String tag) throws IOException {
        locale = Messages.fromTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, locale.toLanguageTag(), Map.of(
                "maxAge", ONE_YEAR, "path", cookiePath(external), "httpOnly", Boolean.TRUE,
                "SameSite", "Strict"));
        faces.getViewRoot().setLocale(locale);
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        external.redirect(query == null ? uri : uri + "?" + query);
    }

    private static String cookiePath(ExternalContext external) {
        String path = external.getRequestContextPath();
        return path.isEmpty() ? "/" : path;
    }

    public static Locale fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Messages.fromTag(cookie.getValue());
                }
            }
        }
        return Messages.VIETNAMESE;
    }
}

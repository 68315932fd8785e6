package vn.thidua.platform.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.time.Formats;

/**
 * The one message bundle (i18n/messages*.properties) for page texts, validation and business errors.
 * Vietnamese is the base bundle; English the second language.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, supported(locale)).format(displayed(locale, arguments));
    }

    /**
     * Dates and times as users read them (dd/MM/yyyy, Vietnam time); a business error given as an argument (the
     * reason inside a longer message) as its own message in the same language; a list as its items so shown, joined by
     * commas; everything else as it is.
     */
    private static Object[] displayed(Locale locale, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate date) {
                shown[i] = Formats.date(date);
            } else if (shown[i] instanceof Instant instant) {
                shown[i] = Formats.dateTime(instant);
            } else if (shown[i] instanceof BusinessException reason) {
                shown[i] = format(locale, reason.getMessageKey(), reason.getArguments());
            } else if (shown[i] instanceof List<?> items) {
                shown[i] = java.util.Arrays.stream(displayed(locale, items.toArray())).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", "));
            }
        }
        return shown;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader());
    }

    /** The supported locale closest to the one asked for; Vietnamese when nothing matches. */
    public static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equals(requested.getLanguage())) {
                    return locale;
                }
            }
        }
        return VIETNAMESE;
    }

    public static Locale fromTag(String tag) {
        return tag == null ? VIETNAMESE : supported(Locale.forLanguageTag(tag));
    }
}

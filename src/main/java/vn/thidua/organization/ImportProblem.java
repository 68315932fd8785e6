package vn.thidua.organization;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.thidua.platform.i18n.Messages;

/**
 * What is wrong with one row of an imported file, as a bundle key and arguments, so each reader gets it in their
 * language. Keys {@code org.import.*} take the row number as {0}; any other key (a refusal of
 * {@link Restructuring}) is shown after "Dòng n:".
 */
public record ImportProblem(int row, String messageKey, List<Object> arguments) implements Serializable {

    private static final String IMPORT_KEYS = "org.import.";

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(int row, String messageKey, Object... arguments) {
        return new ImportProblem(row, messageKey, List.of(arguments));
    }

    public String message(Locale locale) {
        // The row as text: MessageFormat would write 1234 as "1.234" in Vietnamese.
        String number = String.valueOf(row);
        if (messageKey.startsWith(IMPORT_KEYS)) {
            Object[] all = new Object[arguments.size() + 1];
            all[0] = number;
            for (int i = 0; i < arguments.size(); i++) {
                all[i + 1] = arguments.get(i);
            }
            return Messages.format(locale, messageKey, all);
        }
        return Messages.format(locale, "org.import.refused", number,
                Messages.format(locale, messageKey, arguments.toArray()));
    }
}

package vn.thidua.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese users write them: '.' groups thousands and ',' is the decimal mark (1.234.567 and 75,5).
 * Reading accepts the digits with or without the dots (and spaces), so 1.234.567 and 1234567 are the same; a dot
 * that does not group thousands ("1.5") is refused rather than guessed.
 */
public final class VietnameseNumbers {

    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private VietnameseNumbers() {
    }

    /** "1.234.567"; empty for null. */
    public static String whole(Long number) {
        return number == null ? "" : format(BigDecimal.valueOf(number), 0);
    }

    /** "1.234.567,89" with at most {@code fractionDigits} decimals and no trailing zeros; empty for null. */
    public static String decimal(BigDecimal number, int fractionDigits) {
        return number == null ? "" : format(number, fractionDigits);
    }

    /** A whole number, or null for a blank text. */
    public static Long parseWhole(String text) {
        BigDecimal number = parseDecimal(text);
        if (number == null) {
            return null;
        }
        if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("not a whole number: " + text);
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too large: " + text, e);
        }
    }

    /** A number with an optional decimal part after ',', or null for a blank text. */
    public static BigDecimal parseDecimal(String text) {
        String compact = text == null ? "" : SPACES.matcher(text).replaceAll("");
        if (compact.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(compact);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        String digits = m.group(1) + m.group(2).replace(".", "") + (m.group(3) == null ? "" : "." + m.group(3));
        return new BigDecimal(digits);
    }

    private static String format(BigDecimal number, int fractionDigits) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}

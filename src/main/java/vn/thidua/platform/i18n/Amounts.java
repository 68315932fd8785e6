package vn.thidua.platform.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them in reports: Vietnamese groups thousands with '.' and writes decimals after ','
 * (354.325; 220,34), English the other way round; money in VND shortened to tỷ (10^9) or triệu (10^6) đồng
 * ("220,34 tỷ đồng", "220.34 billion VND"); shares as percentages. The words come from the message bundle.
 */
public final class Amounts {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

    private Amounts() {
    }

    /** A count or any number: thousands grouped, at most two decimals ("354.325", "98,5"). */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal decimal = value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
        return format(locale).format(decimal.setScale(2, RoundingMode.HALF_UP));
    }

    /** An amount of VND: in tỷ from a billion, in triệu from a million, else in đồng. */
    public static String money(Number vnd, Locale locale) {
        if (vnd == null) {
            return "";
        }
        BigDecimal amount = vnd instanceof BigDecimal big ? big : new BigDecimal(vnd.toString());
        if (amount.abs().compareTo(BILLION) >= 0) {
            return Messages.format(locale, "amount.vnd.billion", number(amount.divide(BILLION), locale));
        }
        if (amount.abs().compareTo(MILLION) >= 0) {
            return Messages.format(locale, "amount.vnd.million", number(amount.divide(MILLION), locale));
        }
        return Messages.format(locale, "amount.vnd", number(amount, locale));
    }

    /** A percentage: "100%", "98,5%". */
    public static String percent(Number value, Locale locale) {
        return value == null ? "" : Messages.format(locale, "amount.percent", number(value, locale));
    }

    /** A part of a whole: "1.452/1.452". */
    public static String ratio(long part, long whole, Locale locale) {
        return Messages.format(locale, "amount.ratio", number(part, locale), number(whole, locale));
    }

    private static DecimalFormat format(Locale locale) {
        boolean english = "en".equals(Messages.supported(locale).getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(english ? ',' : '.');
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}

package vn.thidua.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.function.Function;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.text.VietnameseNumbers;

/**
 * Number fields in the Vietnamese way (see {@link VietnameseNumbers}): {@code thidua.whole} for counts and whole
 * VND, {@code thidua.decimal} for targets and shares. A text that is not a number stays in the field with a message
 * naming the field.
 */
public final class NumberConverters {

    private NumberConverters() {
    }

    @FacesConverter("thidua.whole")
    public static class Whole implements Converter<Long> {

        @Override
        public Long getAsObject(FacesContext faces, UIComponent component, String text) {
            return read(faces, component, text, VietnameseNumbers::parseWhole, "number.whole.invalid");
        }

        @Override
        public String getAsString(FacesContext faces, UIComponent component, Long value) {
            return VietnameseNumbers.whole(value);
        }
    }

    @FacesConverter("thidua.decimal")
    public static class Decimal implements Converter<BigDecimal> {

        private static final int FRACTION_DIGITS = 2;

        @Override
        public BigDecimal getAsObject(FacesContext faces, UIComponent component, String text) {
            return read(faces, component, text, VietnameseNumbers::parseDecimal, "number.decimal.invalid");
        }

        @Override
        public String getAsString(FacesContext faces, UIComponent component, BigDecimal value) {
            return VietnameseNumbers.decimal(value, FRACTION_DIGITS);
        }
    }

    private static <T> T read(FacesContext faces, UIComponent component, String text, Function<String, T> parse,
                              String messageKey) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            Object label = component.getAttributes().get("label");
            String message = Messages.format(faces.getViewRoot().getLocale(), messageKey,
                    label == null ? "" : label, text);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null), e);
        }
    }
}

package vn.thidua.platform.document;

import java.time.LocalDate;
import java.util.Locale;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnitVersion;
import vn.thidua.platform.i18n.Messages;

/**
 * Who issued a document and who signed it, as printed: the issuing committee's unit (named as on the day of
 * signing, with its type such as "Tỉnh"), the place (that name without its type: "Quảng Ninh" for "Tỉnh Quảng
 * Ninh"), the date, the number, the signer's title and name.
 */
public record Letterhead(String unitName, String unitType, String place, LocalDate signedOn, String number,
                         String signerTitle, String signerName) {

    public static final Locale VIETNAMESE = Messages.VIETNAMESE;

    /** The letterhead of a document of {@code issuer} dated {@code signedOn}, its unit named as on that day. */
    public static Letterhead of(OrgUnit issuer, LocalDate signedOn, String number, String signerTitle,
                                String signerName) {
        OrgUnitVersion version = issuer.versionOn(signedOn).orElseGet(issuer::latest);
        String name = version.getName();
        String type = version.getType();
        String place = type != null && name.startsWith(type + " ") ? name.substring(type.length() + 1) : name;
        return new Letterhead(name, type, place, signedOn, number, signerTitle, signerName);
    }

    /**
     * "Quảng Ninh, ngày 05 tháng 3 năm 2026": days below 10 and the months 1 and 2 take a leading zero (Decree
     * 30/2020/NĐ-CP on administrative documents, Appendix I).
     */
    public String dateLine() {
        int month = signedOn.getMonthValue();
        return text("document.dateLine", place, String.format("%02d", signedOn.getDayOfMonth()),
                month <= 2 ? String.format("%02d", month) : String.valueOf(month), String.valueOf(signedOn.getYear()));
    }

    public String upperUnitName() {
        return unitName.toUpperCase(VIETNAMESE);
    }

    /** The unit's name inside a sentence: its type in lower case ("... Việt Nam tỉnh Quảng Ninh"). */
    public String unitNameInSentence() {
        return unitType != null && unitName.startsWith(unitType + " ")
                ? unitType.toLowerCase(VIETNAMESE) + unitName.substring(unitType.length()) : unitName;
    }

    /** A document text: always Vietnamese, whatever the reader's language. */
    public static String text(String key, Object... arguments) {
        return Messages.format(VIETNAMESE, key, arguments);
    }
}

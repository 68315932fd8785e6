package vn.thidua.result;

/** What a unit typed for one indicator: an amount (count or whole VND), a yes/no answer, or a text. */
public record ValueInput(Long amount, Boolean flag, String text) {

    public static final ValueInput EMPTY = new ValueInput(null, null, null);

    public static ValueInput amount(long amount) {
        return new ValueInput(amount, null, null);
    }

    public static ValueInput flag(boolean flag) {
        return new ValueInput(null, flag, null);
    }

    public boolean isEmpty() {
        return amount == null && flag == null && (text == null || text.isBlank());
    }

    /** The audit form: "12", "có"/"không" as yes/no, or the text. */
    public String display() {
        return amount != null ? amount.toString() : flag != null ? (flag ? "yes" : "no") : text == null ? "" : text;
    }
}

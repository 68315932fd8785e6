package vn.thidua.notification;

import java.io.Serializable;
import java.util.List;

/** E-mail to send once the transaction that produced it has committed: the notice, to each address. */
public record OutgoingMail(List<String> addresses, Notice notice) implements Serializable {

    public OutgoingMail {
        addresses = List.copyOf(addresses);
    }
}

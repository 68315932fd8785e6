package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.i18n.Messages;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void vietnameseIsTheDefaultEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.format(Messages.VIETNAMESE, "nav.logout")).isEqualTo("Đăng xuất");
            assertThat(Messages.format(Locale.forLanguageTag("fr"), "nav.logout")).isEqualTo("Đăng xuất");
            assertThat(Messages.format(Locale.forLanguageTag("en-GB"), "nav.logout")).isEqualTo("Log out");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(Messages.format(Messages.VIETNAMESE, "password.tooShort", 10))
                .isEqualTo("Mật khẩu mới phải có ít nhất 10 ký tự.");
    }

    @Test
    void datesInMessagesAreDayMonthYear() {
        assertThat(Messages.format(Messages.ENGLISH, "org.unit.notValidOn", "06652", java.time.LocalDate.of(2025, 7, 1)))
                .isEqualTo("Unit 06652 does not exist on 01/07/2025.");
    }

    @Test
    void anUnknownKeyShowsTheKey() {
        assertThat(Messages.format(Messages.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}

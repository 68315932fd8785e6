package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.error.BusinessException;

/**
 * E-mail settings and messages without a mail server: e-mail is on only with a server and a sender, the stored
 * password is kept unless replaced or removed and never shown, the connection is protected as configured, and a
 * notice becomes a Vietnamese message linking to its page.
 */
class MailTest {

    private static MailSettingsForm form(String host, Integer port, String security, String username,
                                         String password, Boolean clear, String from, String appUrl) {
        return new MailSettingsForm(0L, host, port, security, username, password, clear, from, appUrl);
    }

    @Test
    void eMailIsOnOnlyWithAServerAndASender() {
        MailSettings settings = new MailSettings();
        assertThat(settings.isEnabled()).isFalse();

        settings.configure(form("smtp.example.vn", 587, "STARTTLS", null, null, null, "thidua@example.vn", null), "admin");
        assertThat(settings.isEnabled()).isTrue();

        settings.configure(form(" ", null, null, null, null, null, "", null), "admin");
        assertThat(settings.isEnabled()).isFalse();
        assertThatThrownBy(() -> settings.configure(form("smtp.example.vn", 587, null, null, null, null, null, null),
                "admin")).isInstanceOf(BusinessException.class).hasMessage("mail.hostAndSender");
    }

    @Test
    void theStoredPasswordIsKeptUnlessReplacedOrRemovedAndIsNeverInTheView() {
        MailSettings settings = new MailSettings();
        settings.configure(form("smtp.example.vn", 587, "STARTTLS", "thidua", "bí-mật-1", null, "a@example.vn", null),
                "admin");
        settings.configure(form("smtp.example.vn", 587, "STARTTLS", "thidua", "", null, "a@example.vn", null),
                "admin");
        assertThat(settings.getPassword()).isEqualTo("bí-mật-1");
        assertThat(settings.view().passwordSet()).isTrue();
        assertThat(settings.view().toString()).doesNotContain("bí-mật-1");

        settings.configure(form("smtp.example.vn", 587, "STARTTLS", "thidua", null, true, "a@example.vn", null),
                "admin");
        assertThat(settings.getPassword()).isNull();
        assertThat(settings.view().passwordSet()).isFalse();
    }

    @Test
    void wrongSettingsAreRefusedWithTheirReason() {
        MailSettings settings = new MailSettings();
        assertThatThrownBy(() -> settings.configure(form("smtp example", 25, null, null, null, null, "a@b.vn", null),
                "admin")).hasMessage("mail.host.invalid");
        assertThatThrownBy(() -> settings.configure(form("smtp.b.vn", 70000, null, null, null, null, "a@b.vn", null),
                "admin")).hasMessage("mail.port.invalid");
        assertThatThrownBy(() -> settings.configure(form("smtp.b.vn", 25, null, null, null, null, "không-có-a-còng",
                null), "admin")).hasMessage("mail.address.invalid");
        assertThatThrownBy(() -> settings.configure(form("smtp.b.vn", 25, "TLS1", null, null, null, "a@b.vn", null),
                "admin")).hasMessage("mail.security.unknown");
        assertThatThrownBy(() -> settings.configure(form("smtp.b.vn", 25, null, null, null, null, "a@b.vn",
                "javascript:alert(1)"), "admin")).hasMessage("mail.appUrl.invalid");
    }

    @Test
    void theConnectionIsProtectedAsConfigured() {
        MailSettings settings = new MailSettings();
        settings.configure(form("smtp.b.vn", 587, "STARTTLS", "u", "p", null, "a@b.vn", null), "admin");
        Properties tls = Smtp.properties(settings);
        assertThat(tls).containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.port", "587").containsKey("mail.smtp.timeout");

        settings.configure(form("smtp.b.vn", 465, "SSL", null, null, null, "a@b.vn", null), "admin");
        assertThat(Smtp.properties(settings)).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.auth", "false").doesNotContainKey("mail.smtp.starttls.enable");

        settings.configure(form("127.0.0.1", 2525, "NONE", null, null, null, "a@b.vn", null), "admin");
        assertThat(Smtp.properties(settings)).doesNotContainKeys("mail.smtp.ssl.enable", "mail.smtp.starttls.enable");
    }

    @Test
    void aNoticeBecomesAMessageLinkingToItsPage() {
        Notice notice = new Notice("notice.nomination.ARRIVED", List.of("Nguyễn Văn Hậu", "Bằng khen",
                "Tỉnh Quảng Ninh"), "dossier/nomination.xhtml?id=5");

        MailText text = MailText.of(notice, "https://thidua.example.vn/");

        assertThat(text.subject()).isEqualTo("ThiĐua: Hồ sơ đề nghị Bằng khen cho Nguyễn Văn Hậu đã được gửi đến"
                + " Tỉnh Quảng Ninh: cần tiếp nhận.");
        assertThat(text.body()).contains("https://thidua.example.vn/dossier/nomination.xhtml?id=5")
                .contains("Thư tự động");
        assertThat(MailText.of(notice, null).body()).doesNotContain("http");
        assertThat(MailText.of(new Notice("notice.nomination.RETURNED", List.of("A", "B", "x".repeat(400)), null),
                null).subject()).hasSize(150).endsWith("…");
    }
}

package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.persistence.UrlDataSource;

class UrlDataSourceTest {

    @Test
    void connectsWithTheDriverThatAcceptsTheUrl() throws SQLException {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl("jdbc:h2:mem:url-data-source-test");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery("SELECT 40 + 2")) {
            result.next();
            assertThat(result.getInt(1)).isEqualTo(42);
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void aUrlNoDriverAcceptsIsRefusedClearly() {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setURL("jdbc:nosuchdb://localhost/x");
        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("No JDBC driver").hasMessageContaining("jdbc:nosuchdb");
    }

    @Test
    void aMissingUrlIsRefusedClearly() {
        assertThatThrownBy(() -> new UrlDataSource().getConnection())
                .isInstanceOf(SQLException.class).hasMessageContaining("THIDUA_DB_URL");
    }
}

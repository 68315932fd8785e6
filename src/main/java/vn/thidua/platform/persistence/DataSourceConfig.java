package vn.thidua.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. URL, user and password come from MicroProfile Config
 * (META-INF/microprofile-config.properties, overridden by THIDUA_DB_URL, THIDUA_DB_USER, THIDUA_DB_PASSWORD).
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "vn.thidua.platform.persistence.UrlDataSource",
        url = "${MPCONFIG=thidua.db.url}",
        user = "${MPCONFIG=thidua.db.user}",
        password = "${MPCONFIG=thidua.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=meta-data"})
public class DataSourceConfig {

    public static final String JNDI_NAME = "java:app/jdbc/thidua";
}

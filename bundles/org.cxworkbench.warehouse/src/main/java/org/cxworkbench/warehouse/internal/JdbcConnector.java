package org.cxworkbench.warehouse.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Opens JDBC connections inside OSGi, where {@link java.sql.DriverManager} cannot see drivers in other
 * bundles. Drivers that register an OSGi {@link DataSourceFactory} (the PostgreSQL driver does when the
 * {@code org.osgi.service.jdbc} API is present) are used first; otherwise the bundled PostgreSQL driver is
 * instantiated directly. Passwords are passed through and never kept.
 */
@Component(service = JdbcConnector.class)
public final class JdbcConnector {

    private final List<DataSourceFactory> factories = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFactory(DataSourceFactory factory) {
        factories.add(factory);
    }

    void removeFactory(DataSourceFactory factory) {
        factories.remove(factory);
    }

    /**
     * Connects to {@code url}.
     *
     * @param password may be {@code null}
     * @throws SQLException if no driver accepts the URL or the database refuses the connection
     */
    public Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Driver driver = driverFor(url);
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException(describe(url) + ": the driver " + driver.getClass().getName() + " did not accept the URL");
        }
        return connection;
    }

    private Driver driverFor(String url) throws SQLException {
        for (DataSourceFactory factory : factories) {
            Driver driver = factory.createDriver(null);
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        Driver postgres = new org.postgresql.Driver();
        if (postgres.acceptsURL(url)) {
            return postgres;
        }
        throw new SQLException(describe(url) + ": no JDBC driver for this URL; the workbench includes the PostgreSQL "
                + "driver (jdbc:postgresql://HOST:PORT/DATABASE); other databases need their driver bundle installed");
    }

    /** The URL without credentials: no {@code user:password@} part and no {@code ?...} or {@code ;...} properties. */
    public static String describe(String url) {
        String shown = url;
        int properties = indexOfAny(shown, '?', ';');
        if (properties >= 0) {
            shown = shown.substring(0, properties);
        }
        int authority = shown.indexOf("//");
        if (authority >= 0) {
            int at = shown.indexOf('@', authority);
            int slash = shown.indexOf('/', authority + 2);
            if (at >= 0 && (slash < 0 || at < slash)) {
                shown = shown.substring(0, authority + 2) + shown.substring(at + 1);
            }
        }
        return shown;
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}

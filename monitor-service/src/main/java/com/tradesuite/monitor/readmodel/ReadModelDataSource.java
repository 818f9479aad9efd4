package com.tradesuite.monitor.readmodel;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.postgresql.Driver;

/**
 * The read model's one way to connect, for the writer and for Flyway: the PostgreSQL driver itself (not
 * DriverManager: Quarkus' class loaders can hide a service-loaded driver from it), failing fast when the database is
 * away so the caller's retry decides how long to wait.
 */
final class ReadModelDataSource implements DataSource {

    private final ReadModelSettings settings;
    private final Driver driver = new Driver();

    ReadModelDataSource(ReadModelSettings settings) {
        this.settings = settings;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        if (!settings.password().isEmpty()) {
            properties.setProperty("password", settings.password());
        }
        // URL parameters win over these.
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        properties.setProperty("ApplicationName", "monitor-service read model");
        Connection connection = driver.connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + settings.safeUrl());
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the read model connects with its configured user only");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through the application's logger, not a writer.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connectTimeout above bounds a login.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

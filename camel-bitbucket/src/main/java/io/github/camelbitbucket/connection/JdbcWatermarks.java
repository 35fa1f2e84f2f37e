package io.github.camelbitbucket.connection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The triggers' watermarks in the connection store's database (table {@code camel_bitbucket_watermark}), so every node
 * of the application resumes a connection's events where another node left them. Used by a trigger with a connection
 * when its connection store is a database and no stateRepository is set.
 */
public final class JdbcWatermarks extends ServiceSupport implements StateRepository<String, String> {

    /** The table, as created when absent. */
    public static final String DDL = "CREATE TABLE IF NOT EXISTS camel_bitbucket_watermark (state_key VARCHAR(1000)"
                                     + " PRIMARY KEY, state_value VARCHAR(4000) NOT NULL)";

    private final DataSource dataSource;

    public JdbcWatermarks(DataSource dataSource) {
        this.dataSource = dataSource;
        try (java.sql.Connection db = dataSource.getConnection(); Statement st = db.createStatement()) {
            st.execute(DDL);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the watermark table (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (java.sql.Connection db = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement up = db.prepareStatement(
                        "UPDATE camel_bitbucket_watermark SET state_value = ? WHERE state_key = ?")) {
                    up.setString(1, value);
                    up.setString(2, key);
                    if (up.executeUpdate() == 1) {
                        return;
                    }
                }
                try (PreparedStatement in = db.prepareStatement(
                        "INSERT INTO camel_bitbucket_watermark (state_key, state_value) VALUES (?, ?)")) {
                    in.setString(1, key);
                    in.setString(2, value);
                    in.executeUpdate();
                    return;
                } catch (SQLException raced) {
                    // another node inserted it first: update it
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the watermark " + key + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String getState(String key) {
        try (java.sql.Connection db = dataSource.getConnection();
             PreparedStatement ps = db.prepareStatement(
                     "SELECT state_value FROM camel_bitbucket_watermark WHERE state_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the watermark " + key + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String toString() {
        return "JdbcWatermarks";
    }
}

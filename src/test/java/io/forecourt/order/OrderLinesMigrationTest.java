package io.forecourt.order;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V41 copies each existing order's quote lines onto the order. Checked on a schema of its own in the suite's
 * one PostgreSQL: migrate to V40, make orders the old way (quote lines only), migrate to V41, compare.
 */
@QuarkusTest
class OrderLinesMigrationTest {

    private static final String SCHEMA = "v41check";

    private PGSimpleDataSource db;

    @BeforeEach
    void freshSchema() throws SQLException {
        var config = ConfigProvider.getConfig();
        db = new PGSimpleDataSource();
        db.setUrl(config.getValue("quarkus.datasource.jdbc.url", String.class));
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(db::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(db::setPassword);
        dropSchema();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private Flyway flyway(String target) {
        return Flyway.configure(Thread.currentThread().getContextClassLoader()).dataSource(db).schemas(SCHEMA)
                .createSchemas(true).locations("classpath:db/migration").target(target).load();
    }

    @Test
    void eachExistingOrderGetsItsQuotesLinesInOrderAndNoOtherQuotesLines() throws SQLException {
        flyway("40").migrate();
        long two;
        long one;
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("set search_path to " + SCHEMA);
            long rep = id(c, "insert into users (username, password_hash, roles, display_name)"
                    + " values ('v41rep', 'x', 'rep', 'V41 Rep') returning id");
            long account = id(c, "insert into accounts (name, kind, status, owner_id) values ('V41 Garage', 'COMPANY',"
                    + " 'ACTIVE', " + rep + ") returning id");
            long q1 = quote(c, "Q-V41-1", 3, account, rep);
            // positions with gaps, inserted out of order: the order's lines are numbered 0, 1, 2 in quote order
            line(c, q1, 9, "CFG-C", "VOLTA", "DE", "30000.00", "0.00", "30000.00");
            line(c, q1, 2, "CFG-A", "AURA", "FR", "21000.50", "5.00", "19950.48");
            line(c, q1, 5, "CFG-B", "TERRA", "FR", "45000.00", "12.50", "39375.00");
            long q2 = quote(c, "Q-V41-2", 1, account, rep);
            line(c, q2, 1, "CFG-D", "PULSE", "IT", "18000.00", "2.00", "17640.00");
            long q3 = quote(c, "Q-V41-3", 1, account, rep);
            line(c, q3, 1, "CFG-E", "AURA", "FR", "22000.00", "0.00", "22000.00");
            one = order(c, "O-V41-1", q1, account, rep);
            two = order(c, "O-V41-2", q2, account, rep);
        }

        flyway("41").migrate();

        try (Connection c = db.getConnection()) {
            c.createStatement().execute("set search_path to " + SCHEMA);
            assertThat(rows(c, "select quote_number || ' r' || quote_revision from orders where id = " + one))
                    .containsExactly("Q-V41-1 r3");
            assertThat(rows(c, "select quote_number || ' r' || quote_revision from orders where id = " + two))
                    .containsExactly("Q-V41-2 r1");
            assertThat(rows(c, "select position || ' ' || configuration_code || ' ' || product_code || ' ' || market"
                    + " || ' ' || list_price || ' ' || discount_percent || ' ' || net_price from order_lines"
                    + " where order_id = " + one + " order by position")).containsExactly(
                    "0 CFG-A AURA FR 21000.50 5.00 19950.48",
                    "1 CFG-B TERRA FR 45000.00 12.50 39375.00",
                    "2 CFG-C VOLTA DE 30000.00 0.00 30000.00");
            assertThat(rows(c, "select position || ' ' || configuration_code || ' ' || net_price from order_lines"
                    + " where order_id = " + two)).containsExactly("0 CFG-D 17640.00");
            // the order's lines are the quote's, field by field, whatever the copy's numbering
            assertThat(rows(c, "select count(*) from order_lines o join orders r on r.id = o.order_id"
                    + " join quote_lines l on l.quote_id = r.quote_id and l.configuration_code = o.configuration_code"
                    + " and l.product_code = o.product_code and l.market = o.market and l.list_price = o.list_price"
                    + " and l.discount_percent = o.discount_percent and l.net_price = o.net_price"))
                    .containsExactly("4");
            assertThat(rows(c, "select count(*) from order_lines")).as("a quote without an order hands nothing over")
                    .containsExactly("4");
        }
    }

    private static long quote(Connection c, String number, int revision, long account, long owner) throws SQLException {
        return id(c, "insert into quotes (number, account_id, owner_id, status, revision, valid_until, token, currency,"
                + " list_total, total, cost_total, rules_version) values ('" + number + "', " + account + ", " + owner
                + ", 'ACCEPTED', " + revision + ", date '2026-12-31', 'tok-" + number + "', 'EUR', 0, 0, 0, 'v41')"
                + " returning id");
    }

    private static void line(Connection c, long quote, int position, String configuration, String product,
                             String market, String list, String discount, String net) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into quote_lines (quote_id, position, configuration_code,"
                + " product_code, market, selections, price, list_price, discount_percent, net_price, cost)"
                + " values (?, ?, ?, ?, ?, '{}', '{}', ?, ?, ?, 0)")) {
            p.setLong(1, quote);
            p.setInt(2, position);
            p.setString(3, configuration);
            p.setString(4, product);
            p.setString(5, market);
            p.setBigDecimal(6, new BigDecimal(list));
            p.setBigDecimal(7, new BigDecimal(discount));
            p.setBigDecimal(8, new BigDecimal(net));
            p.executeUpdate();
        }
    }

    private static long order(Connection c, String number, long quote, long account, long owner) throws SQLException {
        return id(c, "insert into orders (number, quote_id, account_id, owner_id, status, currency, total) values ('"
                + number + "', " + quote + ", " + account + ", " + owner + ", 'PLACED', 'EUR', 0) returning id");
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}

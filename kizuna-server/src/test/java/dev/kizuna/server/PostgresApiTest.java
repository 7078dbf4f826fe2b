package dev.kizuna.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The same API tests on PostgreSQL (127.0.0.1:5432, database {@code test}, a fresh schema per run,
 * dropped afterwards). Outside CI they are skipped when no PostgreSQL answers; with CI=true they must run.
 */
class PostgresApiTest extends AbstractApiTest {
    static final String URL = System.getenv().getOrDefault("KIZUNA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("KIZUNA_TEST_PG_USER", "postgres");
    static final String SCHEMA = "kizuna_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void createSchema() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL at " + URL + " is not reachable: " + e.getMessage(), e);
            }
            String message = "PostgreSQL tests skipped: no PostgreSQL at " + URL + " (" + e.getMessage()
                    + "); start one or set KIZUNA_TEST_PG_URL";
            // surefire shows a class skipped in @BeforeAll without its reason: say it on the console too
            System.err.println("SKIPPED " + PostgresApiTest.class.getSimpleName() + ": " + message);
            Assumptions.abort(message);
        }
    }

    @AfterAll
    static void dropSchema() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException ignored) {
            // nothing to clean when the database is gone
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }
}

package dev.kizuna.server;

/** The API on the embedded H2 database (PostgreSQL mode), as {@code ./kizuna serve} runs by default. */
class H2ApiTest extends AbstractApiTest {
}

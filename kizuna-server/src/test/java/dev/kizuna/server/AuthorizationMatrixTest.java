package dev.kizuna.server;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint against every role: anonymous gets 401 (pages: a redirect to the login form; a
 * POST: 403 from the CSRF check that comes first), a
 * role below the endpoint's gets 403, and a role at or above it gets through (any status but 401
 * and 403). A second test fails when an endpoint is added without a row here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuthorizationMatrixTest {
    enum Access { PUBLIC, AUTHENTICATED, VIEWER, ANALYST, ADMIN, SUPPLIER }

    record Endpoint(String method, String pattern, Access access, Supplier<MockHttpServletRequestBuilder> request) {
    }

    private static final List<String> ROLES = List.of("anonymous", "supplier", "viewer", "analyst", "admin");
    private static final Map<String, String> PASSWORDS = Map.of("admin", "admin-dev", "analyst", "analyst-dev",
            "viewer", "viewer-dev", "supplier", "supplier-dev");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static List<Endpoint> endpoints() {
        MockMultipartFile notAZip = new MockMultipartFile("file", "x.zip", "application/zip", new byte[] {1, 2, 3});
        MockMultipartFile notABackup = new MockMultipartFile("file", "b.json", "application/json", "{}".getBytes());
        List<Endpoint> list = new ArrayList<>(List.of(
                new Endpoint("GET", "/api/me", Access.AUTHENTICATED, () -> get("/api/me")),
                new Endpoint("GET", "/api/capabilities", Access.VIEWER, () -> get("/api/capabilities")),
                new Endpoint("GET", "/api/versions", Access.VIEWER, () -> get("/api/versions")),
                new Endpoint("POST", "/api/versions", Access.ANALYST, () -> multipart("/api/versions").file(notAZip)),
                new Endpoint("GET", "/api/versions/{version}", Access.VIEWER, () -> get("/api/versions/1")),
                new Endpoint("GET", "/api/versions/{from}/diff/{to}", Access.VIEWER, () -> get("/api/versions/1/diff/1")),
                new Endpoint("GET", "/api/versions/{version}/export/dataset.zip", Access.VIEWER,
                        () -> get("/api/versions/1/export/dataset.zip")),
                new Endpoint("GET", "/api/versions/{version}/export/original.zip", Access.VIEWER,
                        () -> get("/api/versions/1/export/original.zip")),
                new Endpoint("GET", "/api/versions/{version}/export/dataset.json", Access.VIEWER,
                        () -> get("/api/versions/1/export/dataset.json")),
                new Endpoint("GET", "/api/versions/{version}/assess", Access.VIEWER, () -> get("/api/versions/1/assess")),
                new Endpoint("GET", "/api/versions/{version}/dashboard", Access.VIEWER, () -> get("/api/versions/1/dashboard")),
                new Endpoint("GET", "/api/versions/{version}/network", Access.VIEWER,
                        () -> get("/api/versions/1/network").param("system", "sys-kestrel-isr")),
                new Endpoint("GET", "/api/versions/{version}/countries", Access.VIEWER, () -> get("/api/versions/1/countries")),
                new Endpoint("GET", "/api/versions/{version}/events", Access.VIEWER, () -> get("/api/versions/1/events")),
                new Endpoint("POST", "/api/jobs", Access.ANALYST, () -> post("/api/jobs")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"no-such-kind\"}")),
                new Endpoint("GET", "/api/jobs", Access.VIEWER, () -> get("/api/jobs")),
                new Endpoint("GET", "/api/jobs/kinds", Access.VIEWER, () -> get("/api/jobs/kinds")),
                new Endpoint("GET", "/api/jobs/{id}", Access.VIEWER, () -> get("/api/jobs/999999")),
                new Endpoint("POST", "/api/jobs/{id}/cancel", Access.ANALYST, () -> post("/api/jobs/999999/cancel")),
                new Endpoint("GET", "/api/audit", Access.ADMIN, () -> get("/api/audit")),
                new Endpoint("GET", "/api/admin/backup", Access.ADMIN, () -> get("/api/admin/backup")),
                new Endpoint("POST", "/api/admin/restore", Access.ADMIN, () -> multipart("/api/admin/restore").file(notABackup)),
                new Endpoint("GET", "/api/supplier/own", Access.SUPPLIER, () -> get("/api/supplier/own")),
                new Endpoint("POST", "/api/supplier/edits", Access.SUPPLIER, () -> post("/api/supplier/edits")
                        .contentType(MediaType.APPLICATION_JSON).content("{}")),
                new Endpoint("GET", "/v3/api-docs", Access.VIEWER, () -> get("/v3/api-docs")),
                new Endpoint("GET", "/actuator/health", Access.PUBLIC, () -> get("/actuator/health")),
                new Endpoint("GET", "/actuator/prometheus", Access.ADMIN, () -> get("/actuator/prometheus")),
                new Endpoint("GET", "/index.html", Access.AUTHENTICATED, () -> get("/index.html"))));
        list.addAll(EngineEndpoints.ENDPOINTS);
        return list;
    }

    @Test
    void everyRoleGetsExactlyItsAccessOnEveryEndpoint() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String role : ROLES) {
                MockHttpServletRequestBuilder request = endpoint.request().get();
                if (!role.equals("anonymous")) {
                    request.with(httpBasic(role, PASSWORDS.get(role)));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                String expected = expectation(endpoint, role);
                boolean ok = switch (expected) {
                    case "allowed" -> status != 401 && status != 403;
                    // an anonymous POST has no CSRF token either, and the CSRF filter refuses it first
                    case "401" -> status == 401 || (status == 403 && !endpoint.method().equals("GET"))
                            || (status == 302 && !endpoint.pattern().startsWith("/api"));
                    default -> status == Integer.parseInt(expected);
                };
                if (!ok) {
                    failures.add(endpoint.method() + " " + endpoint.pattern() + " as " + role + ": expected " + expected
                            + ", got " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String expectation(Endpoint endpoint, String role) {
        if (endpoint.access() == Access.PUBLIC) {
            return "allowed";
        }
        if (role.equals("anonymous")) {
            return "401";
        }
        int rank = switch (role) {
            case "viewer" -> 1;
            case "analyst" -> 2;
            case "admin" -> 3;
            default -> 0;
        };
        boolean allowed = switch (endpoint.access()) {
            case PUBLIC, AUTHENTICATED -> true;
            case VIEWER -> rank >= 1;
            case ANALYST -> rank >= 2;
            case ADMIN -> rank >= 3;
            case SUPPLIER -> role.equals("supplier");
        };
        return allowed ? "allowed" : "403";
    }

    @Test
    void theMatrixNamesEveryApiEndpoint() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    mapped.add(method.name() + " " + pattern);
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        endpoints().forEach(e -> covered.add(HttpMethod.valueOf(e.method()).name() + " " + e.pattern()));
        assertThat(covered).containsAll(mapped);
    }
}

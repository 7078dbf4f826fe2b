package dev.kizuna.server;

import dev.kizuna.server.AuthorizationMatrixTest.Access;
import dev.kizuna.server.AuthorizationMatrixTest.Endpoint;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The matrix rows of the analyses wired from the engines (knockout, cut sets, risk, ...). */
final class EngineEndpoints {
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/versions/{version}/knockout", Access.VIEWER,
                    () -> get("/api/versions/1/knockout").param("event", "country:CN")),
            new Endpoint("GET", "/api/versions/{version}/cutsets", Access.VIEWER,
                    () -> get("/api/versions/1/cutsets").param("system", "sys-kestrel-isr").param("maxOrder", "1")),
            new Endpoint("GET", "/api/versions/{version}/risk", Access.VIEWER, () -> get("/api/versions/1/risk")),
            new Endpoint("GET", "/api/versions/{version}/export/fault-tree.xml", Access.VIEWER,
                    () -> get("/api/versions/1/export/fault-tree.xml").param("system", "sys-kestrel-isr")),
            new Endpoint("GET", "/api/versions/{version}/surge", Access.VIEWER,
                    () -> get("/api/versions/1/surge").param("system", "sys-kestrel-isr").param("weeks", "4")),
            new Endpoint("GET", "/api/versions/{version}/match", Access.VIEWER,
                    () -> get("/api/versions/1/match").param("top", "3")),
            new Endpoint("GET", "/api/versions/{version}/agenda", Access.VIEWER,
                    () -> get("/api/versions/1/agenda").param("slots", "2026-03-10T09:00/30/4").param("pairs", "4")),
            new Endpoint("GET", "/api/versions/{version}/export/agenda.ics", Access.VIEWER,
                    () -> get("/api/versions/1/export/agenda.ics").param("organization", "no-such-org")
                            .param("slots", "2026-03-10T09:00/30/4").param("pairs", "4")));

    private EngineEndpoints() {
    }
}

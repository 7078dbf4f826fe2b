package dev.kizuna.server;

import dev.kizuna.server.AuthorizationMatrixTest.Access;
import dev.kizuna.server.AuthorizationMatrixTest.Endpoint;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The matrix rows of the analyses wired from the engines (knockout, cut sets, risk, ...). */
final class EngineEndpoints {
    static final List<Endpoint> ENDPOINTS = List.of();

    private EngineEndpoints() {
    }

    @SuppressWarnings("unused")
    private static Object unused() {
        return get("/");
    }
}

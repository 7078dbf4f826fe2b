package dev.kizuna.server.security;

import dev.kizuna.server.TestDatasets;
import dev.kizuna.server.config.KizunaProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest {
    @Autowired
    MockMvc mvc;

    private static KizunaUser analyst() {
        return new KizunaUser("analyst", "{noop}x", Set.of(Role.ANALYST), null);
    }

    @Test
    void sessionRequestsNeedTheCsrfToken() throws Exception {
        String body = "{\"kind\":\"no-such-kind\"}";
        int without = mvc.perform(post("/api/jobs").with(user(analyst())).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getStatus();
        assertThat(without).isEqualTo(403);
        int with = mvc.perform(post("/api/jobs").with(user(analyst())).with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
        assertThat(with).isEqualTo(501);
    }

    @Test
    void formLoginNeedsTheCsrfTokenAndTheRightPassword() throws Exception {
        MvcResult noToken = mvc.perform(post("/login").param("username", "viewer").param("password", "viewer-dev"))
                .andReturn();
        assertThat(noToken.getResponse().getStatus()).isEqualTo(403);
        MvcResult wrong = mvc.perform(post("/login").with(csrf()).param("username", "viewer").param("password", "nope"))
                .andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login.html?error");
        MvcResult right = mvc.perform(post("/login").with(csrf()).param("username", "viewer")
                .param("password", "viewer-dev")).andReturn();
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void unauthenticatedApiCallsGetNoBasicChallengeAndPagesRedirectToTheLoginForm() throws Exception {
        MvcResult api = mvc.perform(get("/api/versions")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(401);
        assertThat(api.getResponse().getHeader("WWW-Authenticate")).isNull();
        MvcResult wrong = mvc.perform(get("/api/versions").with(httpBasic("viewer", "wrong"))).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(wrong.getResponse().getHeader("WWW-Authenticate")).isNull();
        MvcResult page = mvc.perform(get("/network.html")).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login.html");
    }

    @Test
    void aZipBombUploadIsRefusedBeforeItInflates() throws Exception {
        byte[] zeros = new byte[64 * 1024 * 1024];
        byte[] bomb = TestDatasets.zip(Map.of("kizuna.yaml", "format: kizuna/1".getBytes(), "parts.csv", zeros));
        MockMultipartFile file = new MockMultipartFile("file", "bomb.zip", "application/zip", bomb);
        MvcResult result = mvc.perform(multipart("/api/versions").file(file).with(httpBasic("analyst", "analyst-dev")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("zip bomb");
    }

    @Test
    void passwordsAndHashesNeverReachTheLogs(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("admin", "admin-dev")));
        mvc.perform(get("/api/me").with(httpBasic("admin", "wrong-secret-123")));
        mvc.perform(post("/login").with(csrf()).param("username", "analyst").param("password", "analyst-dev"));
        mvc.perform(post("/login").with(csrf()).param("username", "ghost").param("password", "ghost-secret-456"));
        MockMultipartFile file = new MockMultipartFile("file", "x.zip", "application/zip",
                TestDatasets.zip(TestDatasets.seed()));
        mvc.perform(multipart("/api/versions").file(file).with(httpBasic("analyst", "analyst-dev")));
        String logs = output.getAll();
        assertThat(logs).contains("audit");
        for (String secret : List.of("admin-dev", "analyst-dev", "wrong-secret-123", "ghost-secret-456", "$2a$10$", "$2a$04$")) {
            assertThat(logs).as("logs hold %s", secret).doesNotContain(secret);
        }
    }

    @Test
    void configuredUsersMustHaveBcryptHashesRolesAndSupplierOrganizations() {
        var plain = new KizunaProperties.UserAccount("bob", "bob-password", List.of("viewer"), null);
        assertThatThrownBy(() -> new UserAccounts(properties(plain))).hasMessageContaining("bcrypt")
                .hasMessageNotContaining("bob-password");
        var supplier = new KizunaProperties.UserAccount("s", "{bcrypt}$2a$10$x", List.of("supplier"), null);
        assertThatThrownBy(() -> new UserAccounts(properties(supplier))).hasMessageContaining("organization");
        assertThat(new KizunaProperties.UserAccount("u", "{bcrypt}$2a$10$secret", List.of("admin"), null).toString())
                .doesNotContain("secret");
    }

    private static KizunaProperties properties(KizunaProperties.UserAccount account) {
        return new KizunaProperties("target", null, null, null, List.of(account), null);
    }
}

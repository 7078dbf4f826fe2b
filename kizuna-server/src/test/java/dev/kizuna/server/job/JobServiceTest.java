package dev.kizuna.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.server.KizunaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestJobs.class)
class JobServiceTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JobService jobs;

    private JsonNode params(String text) throws Exception {
        return json.readTree(text);
    }

    private JobView awaitFinal(JobService service, long id) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            JobView view = service.get(id);
            if (JobState.parse(view.state()).isFinal()) {
                return view;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Test
    void aJobRunsInTheBackgroundReportsProgressAndKeepsItsResult() throws Exception {
        String body = "{\"kind\":\"test-count\",\"version\":\"latest\",\"parameters\":{\"steps\":20,\"stepMillis\":5}}";
        String response = mvc.perform(post("/api/jobs").with(httpBasic("analyst", "analyst-dev"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        JsonNode submitted = json.readTree(response);
        assertThat(submitted.get("state").asText()).isIn("queued", "running");
        JobView done = awaitFinal(jobs, submitted.get("id").asLong());
        assertThat(done.state()).isEqualTo("succeeded");
        assertThat(done.progress().done()).isEqualTo(20);
        assertThat(done.progress().fraction()).isEqualTo(1.0);
        assertThat(done.result().get("steps").asInt()).isEqualTo(20);
        assertThat(done.result().get("parts").asInt()).isEqualTo(150);
        String listed = mvc.perform(get("/api/jobs").with(httpBasic("viewer", "viewer-dev"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json.readTree(listed).get(0).has("result")).as("lists leave results out").isFalse();
    }

    @Test
    void cancellingARunningJobStopsItAndSaysWho() throws Exception {
        JobView job = jobs.submit("test-count", "latest", params("{\"steps\":1000,\"stepMillis\":20}"), "analyst");
        for (int i = 0; i < 200 && jobs.get(job.id()).progress().done() < 2; i++) {
            Thread.sleep(10);
        }
        JobView cancelled = jobs.cancel(job.id(), "analyst");
        assertThat(cancelled.state()).isEqualTo("cancelled");
        assertThat(cancelled.error()).isEqualTo("cancelled by analyst");
        long doneAtCancel = cancelled.progress().done();
        assertThat(doneAtCancel).isBetween(1L, 999L);
        Thread.sleep(100);
        assertThat(jobs.get(job.id()).state()).isEqualTo("cancelled");
    }

    @Test
    void badParametersAndUnknownKindsAreRefusedBeforeQueueing() {
        assertThatThrownBy(() -> jobs.submit("test-count", "latest", params("{}"), "analyst"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jobs.submit("no-such", "latest", params("{}"), "analyst"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shutdownLetsShortJobsFinishAndCancelsLongOnes(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        long shortJob;
        long longJob;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KizunaServer.class, TestJobs.class)
                .web(WebApplicationType.NONE).profiles("test")
                .run("--spring.datasource.url=" + url, "--kizuna.jobs.shutdown-grace=1500ms")) {
            JobService service = context.getBean(JobService.class);
            shortJob = service.submit("test-count", "latest", params("{\"steps\":10,\"stepMillis\":50}"), "analyst").id();
            longJob = service.submit("test-count", "latest", params("{\"steps\":100000,\"stepMillis\":10}"), "analyst").id();
            Thread.sleep(100);
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, state, error from job order by id")) {
            StringBuilder states = new StringBuilder();
            while (rows.next()) {
                states.append(rows.getLong(1)).append('=').append(rows.getString(2)).append(':')
                        .append(rows.getString(3)).append(' ');
            }
            assertThat(states.toString()).contains(shortJob + "=SUCCEEDED:null")
                    .contains(longJob + "=CANCELLED:cancelled by server shutdown");
        }
    }
}

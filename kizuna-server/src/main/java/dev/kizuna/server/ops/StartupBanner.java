package dev.kizuna.server.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the server listens, as a plain line a person sees among the JSON logs. */
@Component
public class StartupBanner {
    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String address = env.getProperty("server.address", "localhost");
        String host = address.equals("0.0.0.0") || address.equals("127.0.0.1") ? "localhost" : address;
        String url = "http://" + host + ":" + web.getWebServer().getPort() + "/";
        String database = env.getProperty("spring.datasource.url", "");
        String db = database.startsWith("jdbc:h2:") ? "embedded H2" : database.startsWith("jdbc:postgresql:")
                ? "PostgreSQL" : "database";
        LOG.info("Kizuna is running at {} ({})", url, db);
        System.out.println("Kizuna is running at " + url + " (" + db + "; Ctrl-C stops it)");
        System.out.flush();
    }
}

package dev.kizuna.server;

import dev.kizuna.server.ops.BackupService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kizuna server: {@code java -jar kizuna-server.jar} (or {@code ./kizuna serve}) starts it.
 * Beyond Spring's own {@code --name=value} arguments it understands {@code --port N},
 * {@code --postgres}, {@code --data-dir DIR}, {@code --backup FILE}, {@code --restore FILE} and
 * {@code --hash-password}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KizunaServer {
    public static void main(String[] args) throws IOException {
        List<String> spring = new ArrayList<>();
        String backup = null;
        String restore = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> spring.add("--server.port=" + value(args, ++i, arg));
                case "--postgres" -> spring.add("--spring.profiles.active=postgres");
                case "--data-dir" -> spring.add("--kizuna.data-dir=" + value(args, ++i, arg));
                case "--backup" -> backup = value(args, ++i, arg);
                case "--restore" -> restore = value(args, ++i, arg);
                case "--hash-password" -> {
                    hashPassword();
                    return;
                }
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> spring.add(arg);
            }
        }
        if (backup != null || restore != null) {
            maintenance(spring, backup, restore);
            return;
        }
        SpringApplication.run(KizunaServer.class, spring.toArray(String[]::new));
    }

    private static final String USAGE = """
            Usage: kizuna serve [--port N] [--postgres] [--data-dir DIR] [--SPRING.PROPERTY=VALUE ...]
                   kizuna serve --backup FILE | --restore FILE   (server stopped, or against PostgreSQL)
                   kizuna serve --hash-password                  (reads a password, prints its bcrypt hash)
            Starts the Kizuna server (embedded H2 in ~/.kizuna/data by default) and prints its URL.
            See docs/server.md for configuration, users and PostgreSQL.""";

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println("kizuna serve: " + option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    private static void maintenance(List<String> spring, String backup, String restore) throws IOException {
        SpringApplication app = new SpringApplication(KizunaServer.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(spring);
        args.add("--kizuna.seed.enabled=false");
        args.add("--kizuna.maintenance-mode=true");
        try (ConfigurableApplicationContext context = app.run(args.toArray(String[]::new))) {
            BackupService backups = context.getBean(BackupService.class);
            if (backup != null) {
                try (OutputStream out = Files.newOutputStream(Path.of(backup))) {
                    backups.write(out);
                }
                System.out.println("kizuna: wrote the backup " + backup);
            }
            if (restore != null) {
                try (InputStream in = Files.newInputStream(Path.of(restore))) {
                    int versions = backups.restore(backups.read(in), "cli");
                    System.out.println("kizuna: restored " + versions + " version(s) from " + restore);
                }
            }
        }
    }

    private static void hashPassword() throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("password: ");
            password = typed == null ? "" : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.isEmpty()) {
            System.err.println("kizuna serve --hash-password: no password given");
            System.exit(2);
        }
        System.out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
    }
}

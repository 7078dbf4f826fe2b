package dev.kizuna.server.ops;

import dev.kizuna.server.config.KizunaProperties;
import dev.kizuna.server.dataset.DatasetFiles;
import dev.kizuna.server.dataset.ImportOutcome;
import dev.kizuna.server.dataset.ImportService;
import dev.kizuna.server.dataset.VersionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports the illustrative dataset as the first version of an empty database: the repository's
 * examples/jp-us-uav, packaged into the jar at build time.
 */
@Component
public class SeedImporter implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SeedImporter.class);
    static final String[] SEEDS = {"seed/jp-us-uav"};

    private final VersionStore versions;
    private final ImportService imports;
    private final KizunaProperties properties;

    public SeedImporter(VersionStore versions, ImportService imports, KizunaProperties properties) {
        this.versions = versions;
        this.imports = imports;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seed() == null || !properties.seed().enabled() || versions.count() > 0) {
            return;
        }
        for (String seed : SEEDS) {
            DatasetFiles files = classpathDataset(seed);
            if (files.files().containsKey("kizuna.yaml")) {
                ImportOutcome outcome = imports.importFiles(files, "seed:" + seed.substring(5), null, null, "system", "seed");
                if (outcome instanceof ImportOutcome.Rejected rejected) {
                    LOG.error("the seed dataset {} does not validate: {}", seed, rejected.problems());
                    continue;
                }
                LOG.info("seeded the database with {}", seed);
                return;
            }
        }
    }

    public static DatasetFiles classpathDataset(String folder) {
        try {
            Map<String, String> files = new TreeMap<>();
            var resolver = new PathMatchingResourcePatternResolver();
            for (String sub : new String[] {"", "rules/"}) {
                for (Resource resource : resolver.getResources("classpath*:" + folder + "/" + sub + "*")) {
                    String name = resource.getFilename() == null ? null : sub + resource.getFilename();
                    if (name != null && resource.isReadable() && DatasetFiles.isDatasetFileName(name)) {
                        files.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
                    }
                }
            }
            return DatasetFiles.of(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A small hand-written valid dataset whose files tests change one at a time. */
final class Fixture {
    static final String MANIFEST = """
            format: kizuna/1
            name: "Test UAS"
            home: JP
            currency: USD
            alignment:
              ally: [US]
              partner: [AU, TW]
              concern: [CN]
            """;
    static final String ORGANIZATIONS = """
            id,name,country,parent_id,kind,operating_margin,stock_ticker
            acme,Acme Holdings,US,,prime,0.12,ACM
            acme-jp,Acme Japan,JP,acme,manufacturer,,
            motorco,MotorCo,CN,,manufacturer,-0.05,
            """;
    static final String SITES = """
            id,organization_id,country,name,region,latitude,longitude,capacity_per_week,disruption_probability,ttr_weeks
            s-nagoya,acme-jp,JP,Nagoya works,Chubu,35.18,136.9,500,0.02,8
            s-texas,acme,US,Austin plant,,30.27,-97.74,,0.01,
            s-shenzhen,motorco,CN,Shenzhen,,22.54,114.06,1000,0.05,12
            """;
    static final String PARTS = """
            id,name,category,unit_cost,export_control,hs_code,mass_g
            drone,Quadcopter,airframe,1200,EAR99,8806.22,900
            motor,Brushless motor,propulsion,40,,8501.31,60
            magnet,NdFeB magnet,material,3,,,
            """;
    static final String BOM = """
            parent_id,child_id,quantity,site_id,approved_sites
            drone,motor,4,,
            motor,magnet,8,s-shenzhen,
            motor,magnet,6,,s-shenzhen
            """;
    static final String SOURCES = """
            part_id,site_id,share,status,capacity_per_week,lead_time_days,unit_price
            drone,s-nagoya,,,100,30,1500
            motor,s-shenzhen,0.7,qualified,2000,45,35
            motor,s-texas,0.3,qualified,,60,50
            motor,s-nagoya,,candidate,,,
            magnet,s-shenzhen,,,,,
            """;
    static final String INVENTORY = """
            part_id,on_hand,site_id
            motor,200,s-texas
            magnet,1000,
            """;
    static final String SYSTEMS = """
            id,name,part_id,category,demand_per_week,shortfall_cost_per_unit
            quad,Quadcopter,drone,sUAS,50,2000
            """;
    static final String FLEET = """
            system_id,operator,units
            quad,JGSDF,120
            """;
    static final String COUNTRIES = """
            code,name,disruption_probability,ttr_weeks
            CN,China,0.1,26
            """;

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private Fixture() {
        put("kizuna.yaml", MANIFEST);
        put("organizations.csv", ORGANIZATIONS);
        put("sites.csv", SITES);
        put("parts.csv", PARTS);
        put("bom.csv", BOM);
        put("sources.csv", SOURCES);
        put("inventory.csv", INVENTORY);
        put("systems.csv", SYSTEMS);
        put("fleet.csv", FLEET);
        put("countries.csv", COUNTRIES);
    }

    static Fixture valid() {
        return new Fixture();
    }

    Fixture put(String file, String content) {
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Fixture putBytes(String file, byte[] content) {
        files.put(file, content);
        return this;
    }

    Fixture without(String file) {
        files.remove(file);
        return this;
    }

    /** Replaces text in a file; the text must occur. */
    Fixture replace(String file, String from, String to) {
        String content = text(file);
        assertThat(content).as("fixture %s", file).contains(from);
        return put(file, content.replace(from, to));
    }

    /** Appends a line to a file. */
    Fixture append(String file, String line) {
        return put(file, text(file) + line + "\n");
    }

    String text(String file) {
        return new String(files.get(file), StandardCharsets.UTF_8);
    }

    Map<String, byte[]> files() {
        return files;
    }

    Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(directory.resolve(file.getKey()), file.getValue());
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a zip with every file under {@code prefix} ("" for the zip root, or "folder/"). */
    Path zipTo(Path zip, String prefix) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(prefix + file.getKey()));
                zipOut.write(file.getValue());
                zipOut.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult load(Path directory) {
        return DatasetReader.read(writeTo(directory));
    }

    /** The problems of a rejected load as FILE:LINE: message text (fails if the load succeeded). */
    List<String> problems(Path directory) {
        LoadResult result = load(directory);
        assertThat(result).as("expected a rejection").isInstanceOf(LoadResult.Rejected.class);
        return ((LoadResult.Rejected) result).problems().stream().map(DatasetProblem::toString).toList();
    }

    /** The loaded dataset (fails with the problems if rejected). */
    LoadResult.Loaded loaded(Path directory) {
        LoadResult result = load(directory);
        if (result instanceof LoadResult.Rejected rejected) {
            throw new AssertionError("expected the dataset to load, got " + rejected.problems());
        }
        return (LoadResult.Loaded) result;
    }
}

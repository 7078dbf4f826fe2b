package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules about single cells: ids, required values, country codes, numbers and their ranges, enums. */
class ValueRulesTest {
    @TempDir
    Path dir;

    @Test
    void emptyId() {
        assertThat(Fixture.valid().append("parts.csv", ",Nameless,,,,,").problems(dir))
                .containsExactly("parts.csv:5: id is empty; it is required");
    }

    @Test
    void duplicateId() {
        assertThat(Fixture.valid().append("parts.csv", "motor,Motor again,,,,,").problems(dir))
                .containsExactly("parts.csv:5: duplicate id 'motor'; first defined on line 3");
    }

    @Test
    void duplicateSystemId() {
        assertThat(Fixture.valid().append("systems.csv", "quad,Other,drone,,,").problems(dir))
                .containsExactly("systems.csv:3: duplicate id 'quad'; first defined on line 2");
    }

    @Test
    void requiredValueEmpty() {
        assertThat(Fixture.valid().replace("parts.csv", "magnet,NdFeB magnet", "magnet,").problems(dir))
                .containsExactly("parts.csv:4: name is empty; it is required");
    }

    @Test
    void countryCodeInLowerCase() {
        assertThat(Fixture.valid().replace("organizations.csv", "Acme Holdings,US", "Acme Holdings,us").problems(dir))
                .containsExactly("organizations.csv:2: country 'us' must be upper case; use 'US'");
    }

    @Test
    void countryCodeNotIso() {
        assertThat(Fixture.valid().replace("sites.csv", "s-texas,acme,US", "s-texas,acme,USA").problems(dir))
                .containsExactly("sites.csv:3: country 'USA' is not an ISO 3166-1 alpha-2 country code (e.g. JP, US)");
    }

    @Test
    void numberThatDoesNotParse() {
        assertThat(Fixture.valid().replace("parts.csv", "airframe,1200", "airframe,12OO").problems(dir))
                .containsExactly("parts.csv:2: unit_cost '12OO' is not a number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NaN       | unit_cost 'NaN' is not a number; write a finite number or leave the cell empty
            Infinity  | unit_cost 'Infinity' is not a number; write a finite number or leave the cell empty
            1e400     | unit_cost '1e400' is not a finite number
            0x10      | unit_cost '0x10' is not a number
            12d       | unit_cost '12d' is not a number
            '1,200'   | unit_cost '1,200' is not a number; use a point as the decimal separator and no thousands separator
            """)
    void numbersMustBePlainFiniteDecimals(String value, String message) {
        String cell = value.contains(",") ? "\"" + value + "\"" : value;
        assertThat(Fixture.valid().replace("parts.csv", "airframe,1200", "airframe," + cell).problems(dir))
                .containsExactly("parts.csv:2: " + message);
    }

    @Test
    void percentagesAreNotFractions() {
        assertThat(Fixture.valid().replace("sites.csv", "500,0.02,8", "500,2%,8").problems(dir)).containsExactly(
                "sites.csv:2: disruption_probability '2%' is not a number; write a fraction such as 0.5 instead"
                        + " of a percentage");
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            organizations.csv | prime,0.12          | prime,1.5           | organizations.csv:2: operating_margin '1.5' must be between -1 and 1
            sites.csv         | 35.18,136.9         | 95,136.9            | sites.csv:2: latitude '95' must be between -90 and 90
            sites.csv         | 35.18,136.9         | 35.18,-181          | sites.csv:2: longitude '-181' must be between -180 and 180
            sites.csv         | 136.9,500,0.02,8    | 136.9,-5,0.02,8     | sites.csv:2: capacity_per_week '-5' must be >= 0
            sites.csv         | 136.9,500,0.02,8    | 136.9,500,1.2,8     | sites.csv:2: disruption_probability '1.2' must be between 0 and 1
            sites.csv         | 136.9,500,0.02,8    | 136.9,500,0.02,-1   | sites.csv:2: ttr_weeks '-1' must be >= 0
            parts.csv         | airframe,1200       | airframe,-1200      | parts.csv:2: unit_cost '-1200' must be >= 0
            bom.csv           | drone,motor,4       | drone,motor,0       | bom.csv:2: quantity '0' must be > 0
            bom.csv           | drone,motor,4       | drone,motor,        | bom.csv:2: quantity is empty; it is required
            sources.csv       | 0.7,qualified       | 1.7,qualified       | sources.csv:3: share '1.7' must be between 0 and 1
            sources.csv       | 0.7,qualified,2000  | 0.7,qualified,-2000 | sources.csv:3: capacity_per_week '-2000' must be >= 0
            sources.csv       | 2000,45,35          | 2000,-45,35         | sources.csv:3: lead_time_days '-45' must be >= 0
            sources.csv       | 2000,45,35          | 2000,45,-35         | sources.csv:3: unit_price '-35' must be >= 0
            inventory.csv     | motor,200           | motor,-200          | inventory.csv:2: on_hand '-200' must be >= 0
            inventory.csv     | motor,200           | motor,              | inventory.csv:2: on_hand is empty; it is required
            systems.csv       | sUAS,50,2000        | sUAS,-50,2000       | systems.csv:2: demand_per_week '-50' must be >= 0
            systems.csv       | sUAS,50,2000        | sUAS,50,-2000       | systems.csv:2: shortfall_cost_per_unit '-2000' must be >= 0
            fleet.csv         | JGSDF,120           | JGSDF,-120          | fleet.csv:2: units '-120' must be >= 0
            countries.csv     | China,0.1,26        | China,1.1,26        | countries.csv:2: disruption_probability '1.1' must be between 0 and 1
            countries.csv     | China,0.1,26        | China,0.1,-26       | countries.csv:2: ttr_weeks '-26' must be >= 0
            """)
    void numbersOutOfRange(String file, String from, String to, String expected) {
        assertThat(Fixture.valid().replace(file, from, to).problems(dir)).containsExactly(expected);
    }

    @Test
    void rangeBoundsAreAllowed() {
        Fixture fixture = Fixture.valid()
                .replace("organizations.csv", "prime,0.12", "prime,-1")
                .replace("sites.csv", "35.18,136.9,500,0.02,8", "-90,180,0,1,0")
                .replace("sites.csv", "30.27,-97.74", "90,-180")
                .replace("fleet.csv", "JGSDF,120", "JGSDF,0");
        assertThat(fixture.loaded(dir).dataset().sites().get(0).latitude()).isEqualTo(-90.0);
    }

    @Test
    void organizationKindOutsideTheList() {
        assertThat(Fixture.valid().replace("organizations.csv", "prime", "supplier").problems(dir)).containsExactly(
                "organizations.csv:2: kind 'supplier' is not one of: prime, manufacturer, startup, distributor,"
                        + " material, other");
    }

    @Test
    void organizationKindInUpperCase() {
        assertThat(Fixture.valid().replace("organizations.csv", "prime", "Prime").problems(dir)).containsExactly(
                "organizations.csv:2: kind 'Prime' is not one of: prime, manufacturer, startup, distributor,"
                        + " material, other; use lower case");
    }

    @Test
    void sourceStatusOutsideTheList() {
        assertThat(Fixture.valid().replace("sources.csv", "0.7,qualified", "0.7,approved").problems(dir))
                .containsExactly("sources.csv:3: status 'approved' is not one of: qualified, qualifying, candidate");
    }

    @Test
    void countryCodesOfCountriesCsv() {
        assertThat(Fixture.valid().replace("countries.csv", "CN,China", "cn,China").append("countries.csv", "XX,Nowhere")
                .problems(dir)).containsExactly(
                "countries.csv:2: code 'cn' must be upper case; use 'CN'",
                "countries.csv:3: code 'XX' is not an ISO 3166-1 alpha-2 country code (e.g. JP, US)");
    }

    @Test
    void countryListedTwiceInCountriesCsv() {
        assertThat(Fixture.valid().append("countries.csv", "CN,PRC,,").problems(dir))
                .containsExactly("countries.csv:3: duplicate code 'CN'; first defined on line 2");
    }
}

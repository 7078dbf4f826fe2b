package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Country;
import dev.kizuna.supply.model.CountryCode;

/** countries.csv (optional): code [, name, disruption_probability, ttr_weeks]. */
final class CountriesFile {
    private CountriesFile() {
    }

    static IdTable<CountryCode, Country> newTable() {
        return new IdTable<>(DatasetFile.COUNTRIES, "code");
    }

    static void read(CsvRows csv, IdPool ids, IdTable<CountryCode, Country> table) {
        int code = csv.column("code");
        int name = csv.column("name");
        int disruption = csv.column("disruption_probability");
        int ttr = csv.column("ttr_weeks");
        while (csv.next()) {
            CountryCode country = RowValues.country(csv, code, "code", true);
            double probability = RowValues.number(csv, disruption, "disruption_probability", Range.FRACTION);
            double ttrWeeks = RowValues.number(csv, ttr, "ttr_weeks", Range.NON_NEGATIVE);
            Country row = country == null ? null : new Country(country, csv.cell(name), probability, ttrWeeks);
            table.add(csv, country, row);
        }
    }
}

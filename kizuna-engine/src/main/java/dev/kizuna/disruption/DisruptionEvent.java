package dev.kizuna.disruption;

import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;

import java.io.Serializable;
import java.util.Optional;

/**
 * A disruption event of spec 3.7, written {@code kind:ID} on the command line and in reports:
 * {@code site:ID}, {@code org:ID} (the sites it owns directly), {@code country:CC} (sites located there),
 * {@code control:CC} (sites whose control country is CC), {@code part:ID} (no source can deliver it).
 */
public sealed interface DisruptionEvent extends Comparable<DisruptionEvent>, Serializable {
    String kind();

    String id();

    /** The event as written: {@code kind:id}. */
    default String key() {
        return kind() + ":" + id();
    }

    @Override
    default int compareTo(DisruptionEvent other) {
        return key().compareTo(other.key());
    }

    record SiteDown(SiteId site) implements DisruptionEvent {
        public String kind() {
            return "site";
        }

        public String id() {
            return site.value();
        }
    }

    record OrganizationDown(OrganizationId organization) implements DisruptionEvent {
        public String kind() {
            return "org";
        }

        public String id() {
            return organization.value();
        }
    }

    record CountryDown(CountryCode country) implements DisruptionEvent {
        public String kind() {
            return "country";
        }

        public String id() {
            return country.value();
        }
    }

    record ControlDown(CountryCode country) implements DisruptionEvent {
        public String kind() {
            return "control";
        }

        public String id() {
            return country.value();
        }
    }

    record PartDown(PartId part) implements DisruptionEvent {
        public String kind() {
            return "part";
        }

        public String id() {
            return part.value();
        }
    }

    /**
     * Parses {@code kind:id}. Returns empty for text that is not of that form; the message of an
     * {@link IllegalArgumentException} says what is wrong with a known kind's id (e.g. a bad country code).
     */
    static Optional<DisruptionEvent> parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String id = text.substring(colon + 1).trim();
        return switch (text.substring(0, colon).trim()) {
            case "site" -> Optional.of(new SiteDown(new SiteId(id)));
            case "org" -> Optional.of(new OrganizationDown(new OrganizationId(id)));
            case "country" -> Optional.of(new CountryDown(new CountryCode(id)));
            case "control" -> Optional.of(new ControlDown(new CountryCode(id)));
            case "part" -> Optional.of(new PartDown(new PartId(id)));
            default -> Optional.empty();
        };
    }
}

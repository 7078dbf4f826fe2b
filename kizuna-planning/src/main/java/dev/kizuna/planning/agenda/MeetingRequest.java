package dev.kizuna.planning.agenda;

import java.util.List;
import java.util.Objects;

/**
 * A 1:1 meeting two companies should have, with its priority (higher first) and what it is about.
 *
 * @param participants the two organization ids, buyer first
 */
public record MeetingRequest(String id, String buyer, String seller, double priority, List<String> topics) {
    public MeetingRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(seller, "seller");
        if (buyer.equals(seller)) {
            throw new IllegalArgumentException("meeting " + id + ": a company cannot meet itself");
        }
        topics = List.copyOf(topics);
    }

    public boolean involves(String organization) {
        return buyer.equals(organization) || seller.equals(organization);
    }
}

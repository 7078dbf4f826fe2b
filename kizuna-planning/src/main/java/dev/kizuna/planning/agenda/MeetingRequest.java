package dev.kizuna.planning.agenda;

import dev.kizuna.matchmaking.MatchPair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

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

    /**
     * One request per (buyer, seller) pair among the best matches, at most {@code limit}: priority is
     * the pair's best score (matches come best first), topics are the parts it is about.
     */
    public static List<MeetingRequest> fromMatches(List<MatchPair> matches, int limit) {
        Map<String, List<MatchPair>> byPair = new LinkedHashMap<>();
        for (MatchPair pair : matches) {
            if (!pair.buyer().equals(pair.seller())) {
                byPair.computeIfAbsent(pair.buyer() + "--" + pair.seller(), k -> new ArrayList<>()).add(pair);
            }
        }
        List<MeetingRequest> requests = new ArrayList<>();
        for (var entry : byPair.entrySet()) {
            if (requests.size() == limit) {
                break;
            }
            List<MatchPair> list = entry.getValue();
            TreeSet<String> topics = new TreeSet<>();
            list.forEach(p -> topics.add(p.part()));
            requests.add(new MeetingRequest(entry.getKey(), list.get(0).buyer(), list.get(0).seller(),
                    list.get(0).score(), List.copyOf(topics)));
        }
        return requests;
    }
}

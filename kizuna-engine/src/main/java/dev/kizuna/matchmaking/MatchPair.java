package dev.kizuna.matchmaking;

import java.util.List;

/**
 * A buyer with an at-risk part and a seller whose offer could supply it, with the scores that rank
 * the pair: {@code score = fit * riskReduction * feasibility}, each in [0, 1].
 *
 * @param risks why the part is at risk: {@code concern}, {@code singleSource}, {@code highHhi}
 */
public record MatchPair(String buyer, String buyerName, String buyerCountry, String part, String partCategory,
                        List<String> systems, List<String> risks, String offer, String seller, String sellerName,
                        String sellerSite, String sellerCountry, double fit, double riskReduction, double feasibility,
                        String exportControl, String exportNote, Double leadTimeDays, Integer readiness, double score) {
    public MatchPair {
        systems = List.copyOf(systems);
        risks = List.copyOf(risks);
    }
}

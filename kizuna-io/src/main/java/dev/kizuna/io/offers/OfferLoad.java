package dev.kizuna.io.offers;

import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.sourcing.Offer;

import java.util.List;

/** The offers of a dataset, or the problems that reject them (all or nothing, like the dataset). */
public record OfferLoad(List<Offer> offers, List<DatasetProblem> problems) {
    public OfferLoad {
        offers = List.copyOf(offers);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

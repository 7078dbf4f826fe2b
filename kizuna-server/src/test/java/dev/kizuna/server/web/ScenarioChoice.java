package dev.kizuna.server.web;

/** Which analysis the browser test runs from the scenario page, and what its result says. */
final class ScenarioChoice {
    static final String ANALYSIS = "knockout";
    static final String EXPECTED_TEXT = "Weekly value at risk";

    private ScenarioChoice() {
    }
}

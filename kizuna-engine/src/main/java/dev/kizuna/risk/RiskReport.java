package dev.kizuna.risk;

import java.util.List;

/** The {@code kizuna risk DIR} result with exactly the keys of spec section 4. */
public record RiskReport(List<SystemRisk> systems) {
    public RiskReport {
        systems = List.copyOf(systems);
    }
}

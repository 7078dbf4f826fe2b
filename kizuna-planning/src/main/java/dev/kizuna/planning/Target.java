package dev.kizuna.planning;

/**
 * One named group of constraints of the planning model; conflict explanations are given in these
 * terms, so each is a statement a user can drop or relax.
 */
public sealed interface Target {
    /** Stable identifier, e.g. {@code content:sys-a}, {@code budget}, {@code rule:ndaa-848}. */
    String id();

    /** What the target asks, in words. */
    String description();

    record Budget(double amount) implements Target {
        public String id() {
            return "budget";
        }

        public String description() {
            return "total qualification cost at most " + Plans.money(amount);
        }
    }

    record ByWeeks(double weeks) implements Target {
        public String id() {
            return "byWeeks";
        }

        public String description() {
            return "every qualification done within " + Plans.number(weeks) + " weeks";
        }
    }

    record Content(String system, double share, String basis) implements Target {
        public String id() {
            return "content:" + system;
        }

        public String description() {
            return system + ": home + ally content at least " + Plans.percent(share) + " (" + basis + ")";
        }
    }

    record KeepContent(String system, double share, String basis) implements Target {
        public String id() {
            return "keepContent:" + system;
        }

        public String description() {
            return system + ": home + ally content does not fall below its current " + Plans.percent(share) + " ("
                    + basis + ")";
        }
    }

    record SingleSource(String part, String category, double minVolumeShare) implements Target {
        public String id() {
            return "singleSource:" + part;
        }

        public String description() {
            return part + " (" + category + "): at least two sources carrying " + Plans.percent(minVolumeShare)
                    + " of volume or more";
        }
    }

    record RuleCompliance(String rule, String date, String title) implements Target {
        public String id() {
            return "rule:" + rule;
        }

        public String description() {
            return "no violation of " + rule + (title.isEmpty() ? "" : " (" + title + ")") + " on " + date;
        }
    }

    /**
     * TTS at least TTR for one disruption scenario (spec 3.9), checked with the real stress LP on the
     * changed dataset.
     *
     * @param ttsWeeksBefore the scenario's time to survive on the dataset as it is
     */
    record Survival(java.util.List<String> events, double ttrWeeks, double ttsWeeksBefore) implements Target {
        public Survival {
            events = java.util.List.copyOf(events);
        }

        public String id() {
            return "tts:" + String.join("+", events);
        }

        public String description() {
            return "time to survive " + String.join(" + ", events) + " at least its time to recover, "
                    + Plans.number(ttrWeeks) + " weeks (now " + Plans.number(ttsWeeksBefore) + ")";
        }
    }
}

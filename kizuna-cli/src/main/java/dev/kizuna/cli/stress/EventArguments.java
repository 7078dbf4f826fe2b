package dev.kizuna.cli.stress;

import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.disruption.DisruptionEvent;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code --event} values into events, with messages a user can act on. */
final class EventArguments {
    private EventArguments() {
    }

    static List<DisruptionEvent> parse(List<String> texts) {
        List<DisruptionEvent> events = new ArrayList<>();
        for (String text : texts) {
            try {
                events.add(DisruptionEvent.parse(text).orElseThrow(() -> new UserError(ExitCodes.USAGE,
                        "bad event '" + text + "': write kind:ID with kind site, org, country, control or part")));
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCodes.USAGE, "bad event '" + text + "': " + e.getMessage());
            }
        }
        return events;
    }
}

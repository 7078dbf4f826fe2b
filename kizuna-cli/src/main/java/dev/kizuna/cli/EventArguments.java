package dev.kizuna.cli;

import dev.kizuna.disruption.DisruptionEvent;

import java.util.ArrayList;
import java.util.List;

/** Parses event texts ({@code kind:ID}) from the command line, with messages a user can act on. */
public final class EventArguments {
    private EventArguments() {
    }

    /**
     * @param exitCode the code of the {@link UserError} thrown for a text that is not an event
     * @param context  what the texts were given as, prefixed to messages (e.g. "tts target"), or empty
     */
    public static List<DisruptionEvent> parse(List<String> texts, int exitCode, String context) {
        String prefix = context.isEmpty() ? "" : context + ": ";
        List<DisruptionEvent> events = new ArrayList<>();
        for (String raw : texts) {
            String text = raw.strip();
            try {
                events.add(DisruptionEvent.parse(text).orElseThrow(() -> new UserError(exitCode, prefix
                        + "unknown event '" + text + "': write kind:ID with kind one of site, org, country, control,"
                        + " part (e.g. site:S1, country:CN)")));
            } catch (IllegalArgumentException e) {
                throw new UserError(exitCode, prefix + "event '" + text + "': " + e.getMessage());
            }
        }
        return events;
    }
}

package dev.kizuna.planning.agenda;

import java.time.ZonedDateTime;

/** A meeting slot of the event, numbered from 0 in time order. */
public record Slot(int index, ZonedDateTime start, ZonedDateTime end) {
    public Slot {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("slot " + index + " ends before it starts");
        }
    }
}

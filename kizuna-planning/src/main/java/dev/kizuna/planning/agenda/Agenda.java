package dev.kizuna.planning.agenda;

import java.util.List;

/**
 * A solved agenda: the meetings held, each in a slot and a room, and the requests left out.
 *
 * @param priorityHeld sum of the priorities of the meetings held
 */
public record Agenda(List<Slot> slots, int rooms, List<Meeting> meetings, List<MeetingRequest> unscheduled,
                     double priorityHeld, double priorityRequested, boolean optimal) {
    public Agenda {
        slots = List.copyOf(slots);
        meetings = List.copyOf(meetings);
        unscheduled = List.copyOf(unscheduled);
    }

    /** @param room 1-based room number */
    public record Meeting(MeetingRequest request, Slot slot, int room) {
    }

    /** The meetings of one organization, in time order. */
    public List<Meeting> meetingsOf(String organization) {
        return meetings.stream().filter(m -> m.request().involves(organization)).toList();
    }
}

package dev.kizuna.planning.agenda;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes one participant's meetings as an RFC 5545 iCalendar object: VCALENDAR with VERSION, PRODID
 * and CALSCALE, one VEVENT per meeting with UID, DTSTAMP, DTSTART and DTEND in UTC ({@code Z} form,
 * so no VTIMEZONE is needed), SUMMARY, LOCATION and DESCRIPTION. Lines end in CRLF and are folded at
 * 75 octets (3.1) without splitting a UTF-8 character; TEXT values are escaped (3.3.11).
 */
public final class ICalendarWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    static final int MAX_OCTETS = 75;

    private ICalendarWriter() {
    }

    /**
     * @param names organization id -> display name
     * @param stamp DTSTAMP of every event: passed in so output is the same on every run
     */
    public static String write(Agenda agenda, String organization, Map<String, String> names, String eventName,
                               ZonedDateTime stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kizuna//Partner meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(eventName + ": " + names.getOrDefault(organization, organization)));
        for (Agenda.Meeting meeting : agenda.meetingsOf(organization)) {
            MeetingRequest request = meeting.request();
            String other = request.buyer().equals(organization) ? request.seller() : request.buyer();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(request.id() + "-slot" + meeting.slot().index() + "@kizuna.invalid"));
            line(out, "DTSTAMP:" + utc(stamp));
            line(out, "DTSTART:" + utc(meeting.slot().start()));
            line(out, "DTEND:" + utc(meeting.slot().end()));
            line(out, "SUMMARY:" + text(eventName + ": " + names.getOrDefault(request.buyer(), request.buyer()) + " x "
                    + names.getOrDefault(request.seller(), request.seller())));
            line(out, "LOCATION:" + text("Room " + meeting.room()));
            line(out, "DESCRIPTION:" + text("Meeting with " + names.getOrDefault(other, other) + " (" + other + ").\n"
                    + "Topics: " + String.join("; ", request.topics()) + "\nPriority: "
                    + String.format(java.util.Locale.ROOT, "%.3f", request.priority())));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String utc(ZonedDateTime time) {
        return UTC.format(time.withZoneSameInstant(ZoneOffset.UTC));
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and newline. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded at 75 octets, with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}

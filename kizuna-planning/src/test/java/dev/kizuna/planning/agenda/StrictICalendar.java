package dev.kizuna.planning.agenda;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict structural check of the RFC 5545 rules the writer promises, beyond what a lenient parser
 * accepts: CRLF line ends only, lines at most 75 octets, continuation lines start with one space,
 * BEGIN/END nesting, VCALENDAR with VERSION and PRODID, each VEVENT with exactly one UID, DTSTAMP,
 * DTSTART and DTEND, date-times in UTC form.
 */
final class StrictICalendar {
    private static final Pattern UTC = Pattern.compile("\\d{8}T\\d{6}Z");

    private StrictICalendar() {
    }

    static void check(String ics) {
        if (!ics.endsWith("\r\n")) {
            throw new AssertionError("the object must end with CRLF");
        }
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                throw new AssertionError("bare LF at octet " + i + ": lines must end with CRLF");
            }
            if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                throw new AssertionError("bare CR at octet " + i);
            }
        }
        String[] physical = ics.substring(0, ics.length() - 2).split("\r\n", -1);
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("line longer than 75 octets: " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new AssertionError("continuation before any line");
                }
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                logical.add(line);
            }
        }
        Deque<String> stack = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        List<String> eventProperties = new ArrayList<>();
        for (String line : logical) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new AssertionError("not a content line: " + line);
            }
            String name = line.substring(0, colon).split(";")[0];
            String value = line.substring(colon + 1);
            if (name.equals("BEGIN")) {
                if (stack.isEmpty() && !value.equals("VCALENDAR")) {
                    throw new AssertionError("must start with BEGIN:VCALENDAR");
                }
                stack.push(value);
                eventProperties.clear();
                continue;
            }
            if (name.equals("END")) {
                if (stack.isEmpty() || !stack.peek().equals(value)) {
                    throw new AssertionError("END:" + value + " does not close " + stack.peek());
                }
                if (value.equals("VEVENT")) {
                    for (String required : List.of("UID", "DTSTAMP", "DTSTART", "DTEND")) {
                        long count = eventProperties.stream().filter(required::equals).count();
                        if (count != 1) {
                            throw new AssertionError("VEVENT needs exactly one " + required + ", has " + count);
                        }
                    }
                }
                stack.pop();
                continue;
            }
            if (stack.isEmpty()) {
                throw new AssertionError("property outside VCALENDAR: " + line);
            }
            if (stack.peek().equals("VEVENT")) {
                eventProperties.add(name);
                if (Set.of("DTSTAMP", "DTSTART", "DTEND").contains(name) && !UTC.matcher(value).matches()) {
                    throw new AssertionError(name + " is not a UTC date-time: " + value);
                }
            } else if (stack.peek().equals("VCALENDAR")) {
                seen.add(name);
            }
        }
        if (!stack.isEmpty()) {
            throw new AssertionError("unclosed " + stack.peek());
        }
        if (!seen.contains("VERSION") || !seen.contains("PRODID")) {
            throw new AssertionError("VCALENDAR needs VERSION and PRODID");
        }
    }
}

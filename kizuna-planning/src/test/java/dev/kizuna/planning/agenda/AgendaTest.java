package dev.kizuna.planning.agenda;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgendaTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static List<Slot> slots(int count) {
        List<Slot> slots = new ArrayList<>();
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, TOKYO);
        for (int t = 0; t < count; t++) {
            slots.add(new Slot(t, start.plusMinutes(30L * t), start.plusMinutes(30L * t + 30)));
        }
        return slots;
    }

    @Test
    void scheduleIsOptimalAgainstBruteForce() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] companies = {"a", "b", "c", "d", "e"};
        for (int round = 0; round < 20; round++) {
            List<MeetingRequest> requests = new ArrayList<>();
            for (int i = 0; i < companies.length; i++) {
                for (int j = i + 1; j < companies.length; j++) {
                    if (random.nextInt(3) == 0 && requests.size() < 6) {
                        requests.add(new MeetingRequest("m" + requests.size(), companies[i], companies[j],
                                1 + random.nextInt(9) / 3.0, List.of("topic")));
                    }
                }
            }
            int slotCount = 2 + random.nextInt(2);
            int rooms = 1 + random.nextInt(2);
            Map<String, Set<Integer>> availability = new HashMap<>();
            if (random.nextBoolean()) {
                availability.put("a", Set.of(0));
            }
            Agenda agenda = AgendaScheduler.schedule(requests, slots(slotCount), rooms, availability, 10);
            double best = bruteForce(requests, slotCount, rooms, availability, 0, new int[requests.size()]);
            String context = "seed " + seed + " round " + round;
            assertThat(agenda.priorityHeld()).as(context).isCloseTo(best, within(1e-9));
            // feasibility of what was returned, checked independently
            for (Agenda.Meeting m : agenda.meetings()) {
                assertThat(m.room()).as(context).isBetween(1, rooms);
                for (String c : List.of(m.request().buyer(), m.request().seller())) {
                    assertThat(availability.getOrDefault(c, Set.of(0, 1, 2, 3))).as(context).contains(m.slot().index());
                    assertThat(agenda.meetings().stream().filter(o -> o.slot().equals(m.slot())
                            && o.request().involves(c)).count()).as(context).isEqualTo(1);
                }
            }
        }
    }

    /** Tries every slot (or none) for every meeting. */
    private static double bruteForce(List<MeetingRequest> requests, int slots, int rooms,
                                     Map<String, Set<Integer>> availability, int index, int[] slotOf) {
        if (index == requests.size()) {
            double held = 0;
            for (int t = 0; t < slots; t++) {
                int used = 0;
                List<String> busy = new ArrayList<>();
                for (int m = 0; m < requests.size(); m++) {
                    if (slotOf[m] == t) {
                        used++;
                        MeetingRequest r = requests.get(m);
                        if (busy.contains(r.buyer()) || busy.contains(r.seller())) {
                            return Double.NEGATIVE_INFINITY;
                        }
                        if (!availability.getOrDefault(r.buyer(), Set.of(t)).contains(t)
                                || !availability.getOrDefault(r.seller(), Set.of(t)).contains(t)) {
                            return Double.NEGATIVE_INFINITY;
                        }
                        busy.add(r.buyer());
                        busy.add(r.seller());
                        held += r.priority();
                    }
                }
                if (used > rooms) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
            return held;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int t = -1; t < slots; t++) {
            slotOf[index] = t;
            best = Math.max(best, bruteForce(requests, slots, rooms, availability, index + 1, slotOf));
        }
        return best;
    }

    private static Agenda sample() {
        List<MeetingRequest> requests = List.of(
                new MeetingRequest("m1", "jp-prime", "us-radio", 0.9, List.of("radio-ctrl-900, video; links")),
                new MeetingRequest("m2", "jp-prime", "us-fc", 0.8, List.of("fc-f7-cn")),
                new MeetingRequest("m3", "fr-prime", "us-fc", 0.5, List.of("fc-fr-autopilot")));
        return AgendaScheduler.schedule(requests, slots(2), 1, Map.of(), 10);
    }

    @Test
    void iCalendarFilesParseWithIcal4jAndFollowTheLineRules() throws Exception {
        Agenda agenda = sample();
        Map<String, String> names = Map.of("jp-prime", "Tsubasa Aero Systems KK — 翼 (a long name to force folding)",
                "us-radio", "Tessellate Radio Systems Inc.");
        ZonedDateTime stamp = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneId.of("UTC"));
        String ics = ICalendarWriter.write(agenda, "jp-prime", names, "JP-US drone supplier day", stamp);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(agenda.meetingsOf("jp-prime").size()).isNotEmpty();
        for (VEvent event : events) {
            assertThat(event.getUid()).isPresent();
            assertThat(event.getDateTimeStamp()).isNotNull();
            assertThat(event.getDateTimeStart()).isNotNull();
            assertThat(event.getDateTimeEnd()).isNotNull();
        }
        assertThat(events.get(0).getSummary().getValue()).contains("Tessellate Radio Systems Inc.").contains("翼");
        assertThat(events.get(0).getDescription().getValue()).contains("radio-ctrl-900, video; links");
        StrictICalendar.check(ics);
    }

    @Test
    void strictCheckerRejectsBrokenFiles() {
        String good = ICalendarWriter.write(sample(), "us-fc", Map.of(), "Day",
                ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneId.of("UTC")));
        StrictICalendar.check(good);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictICalendar.check(good.replace("\r\n", "\n")))
                .hasMessageContaining("CRLF");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictICalendar.check(good.replaceFirst("UID:[^\r]*\r\n", "")))
                .hasMessageContaining("UID");
        String longLine = good.replace("SUMMARY:", "SUMMARY:" + "x".repeat(80));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictICalendar.check(longLine))
                .hasMessageContaining("75 octets");
    }

    @Test
    void foldingNeverSplitsAUtf8Character() {
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "DESCRIPTION:" + "翼".repeat(60));
        for (String line : out.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "翼".repeat(60) + "\r\n");
    }

    @Test
    void documentsListEveryMeetingOnce() {
        Agenda agenda = sample();
        String md = AgendaDocuments.markdown(agenda, Map.of(), "Day");
        String html = AgendaDocuments.html(agenda, Map.of(), "Day <1>");
        for (Agenda.Meeting m : agenda.meetings()) {
            assertThat(md).contains("| " + m.request().buyer() + " | " + m.request().seller() + " |");
        }
        assertThat(html).contains("Day &lt;1&gt;").doesNotContain("Day <1>");
        assertThat(agenda.meetings().size() + agenda.unscheduled().size()).isEqualTo(3);
    }
}

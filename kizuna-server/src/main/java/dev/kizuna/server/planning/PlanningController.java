package dev.kizuna.server.planning;

import dev.kizuna.matchmaking.MatchPair;
import dev.kizuna.matchmaking.Matchmaker;
import dev.kizuna.planning.agenda.Agenda;
import dev.kizuna.planning.agenda.AgendaScheduler;
import dev.kizuna.planning.agenda.ICalendarWriter;
import dev.kizuna.planning.agenda.MeetingRequest;
import dev.kizuna.planning.agenda.Slot;
import dev.kizuna.server.analysis.Capability;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionCache;
import dev.kizuna.server.security.KizunaUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Partner matching and meeting agendas (kizuna-planning) on a version's offers. */
@RestController
@RequestMapping("/api/versions/{version}")
@Tag(name = "Fix and match", description = "Buyer-seller matching and a 1:1 meeting agenda from the dataset's offers;"
        + " the sourcing plan runs as a job (kind 'plan')")
public class PlanningController implements Capability {
    private static final int MAX_SLOTS = 200;

    private final VersionCache versions;
    private final PlanningInputs inputs;
    private final AuditLog audit;

    public PlanningController(VersionCache versions, PlanningInputs inputs, AuditLog audit) {
        this.versions = versions;
        this.inputs = inputs;
        this.audit = audit;
    }

    @Override
    public Set<String> analyses() {
        return Set.of("match", "agenda");
    }

    @Override
    public Set<String> exports() {
        return Set.of("agenda.ics");
    }

    public record MatchReport(int pairs, List<MatchPair> matches) {
    }

    public record ScheduledMeeting(String start, String end, int room, String buyer, String seller, double priority,
                                   List<String> topics) {
    }

    public record AgendaReport(int meetings, int unscheduled, double priorityHeld, double priorityRequested,
                               boolean optimal, List<String> participants, List<ScheduledMeeting> scheduled) {
    }

    @GetMapping("/match")
    @Operation(summary = "Which buyer should talk to which seller, ranked (score = fit x risk reduction x feasibility)")
    public MatchReport match(@PathVariable String version, @RequestParam(defaultValue = "5000") double hhiThreshold,
                             @RequestParam(defaultValue = "50") int top, @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        audit.recordSoon(user.getUsername(), "run", "version:" + loaded.id(), "match hhiThreshold=" + hhiThreshold);
        List<MatchPair> pairs = matches(loaded, hhiThreshold);
        return new MatchReport(pairs.size(), pairs.subList(0, Math.min(Math.max(top, 0), pairs.size())));
    }

    @GetMapping("/agenda")
    @Operation(summary = "A 1:1 meeting schedule for the best buyer-seller pairs (CP-SAT)",
            description = "slots: START/MINUTES/COUNT in local time, repeatable, e.g. 2026-03-10T09:00/30/12")
    public AgendaReport agenda(@PathVariable String version, @RequestParam List<String> slots,
                               @RequestParam(defaultValue = "2") int rooms, @RequestParam(defaultValue = "30") int pairs,
                               @RequestParam(defaultValue = "Asia/Tokyo") String timezone,
                               @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        audit.recordSoon(user.getUsername(), "run", "version:" + loaded.id(), "agenda slots=" + slots + " rooms=" + rooms);
        Scheduled scheduled = schedule(loaded, slots, rooms, pairs, timezone);
        Agenda agenda = scheduled.agenda();
        List<ScheduledMeeting> meetings = agenda.meetings().stream().map(m -> new ScheduledMeeting(
                m.slot().start().toOffsetDateTime().toString(), m.slot().end().toOffsetDateTime().toString(), m.room(),
                m.request().buyer(), m.request().seller(), m.request().priority(), m.request().topics())).toList();
        return new AgendaReport(agenda.meetings().size(), agenda.unscheduled().size(), agenda.priorityHeld(),
                agenda.priorityRequested(), agenda.optimal(), List.copyOf(AgendaScheduler.participants(scheduled.requests())),
                meetings);
    }

    @GetMapping(value = "/export/agenda.ics", produces = "text/calendar")
    @Operation(summary = "One organization's meetings of the agenda as an iCalendar file")
    public ResponseEntity<byte[]> agendaCalendar(@PathVariable String version, @RequestParam String organization,
                                                 @RequestParam List<String> slots,
                                                 @RequestParam(defaultValue = "2") int rooms,
                                                 @RequestParam(defaultValue = "30") int pairs,
                                                 @RequestParam(defaultValue = "Asia/Tokyo") String timezone,
                                                 @RequestParam(defaultValue = "Kizuna partner meetings") String event,
                                                 @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        Scheduled scheduled = schedule(loaded, slots, rooms, pairs, timezone);
        if (!AgendaScheduler.participants(scheduled.requests()).contains(organization)) {
            throw new IllegalArgumentException("organization " + organization + " has no meeting request in this agenda");
        }
        Map<String, String> names = new HashMap<>();
        loaded.dataset().organizations().forEach(o -> names.put(o.id().value(), o.name()));
        ZonedDateTime stamp = scheduled.agenda().slots().get(0).start();
        String ics = ICalendarWriter.write(scheduled.agenda(), organization, names, event, stamp);
        audit.recordSoon(user.getUsername(), "export", "version:" + loaded.id(), "agenda.ics organization=" + organization);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(organization + ".ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    private List<MatchPair> matches(LoadedVersion version, double hhiThreshold) {
        return version.memo("match:" + hhiThreshold, v -> Matchmaker.match(v.dataset(), v.network(),
                inputs.of(v).offers(), hhiThreshold));
    }

    record Scheduled(Agenda agenda, List<MeetingRequest> requests) {
    }

    private Scheduled schedule(LoadedVersion version, List<String> slotSpecs, int rooms, int pairs, String timezone) {
        if (rooms < 1) {
            throw new IllegalArgumentException("rooms must be at least 1");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone " + timezone);
        }
        List<Slot> slots = slots(slotSpecs, zone);
        String key = "agenda:" + slots + ":" + rooms + ":" + pairs;
        return version.memo(key, v -> {
            List<MeetingRequest> requests = MeetingRequest.fromMatches(matches(v, 5000), pairs);
            return new Scheduled(AgendaScheduler.schedule(requests, slots, rooms, Map.of(), 30), requests);
        });
    }

    static List<Slot> slots(List<String> specs, ZoneId zone) {
        List<Slot> slots = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split("/");
            if (parts.length != 3) {
                throw new IllegalArgumentException("slots: expected START/MINUTES/COUNT, got " + spec);
            }
            ZonedDateTime start;
            int minutes;
            int count;
            try {
                start = LocalDateTime.parse(parts[0]).atZone(zone);
                minutes = Integer.parseInt(parts[1]);
                count = Integer.parseInt(parts[2]);
            } catch (DateTimeException | NumberFormatException e) {
                throw new IllegalArgumentException("slots: expected START/MINUTES/COUNT like 2026-03-10T09:00/30/12, got "
                        + spec);
            }
            if (minutes < 1 || count < 1 || slots.size() + count > MAX_SLOTS) {
                throw new IllegalArgumentException("slots: minutes and count must be positive, at most " + MAX_SLOTS
                        + " slots in all: " + spec);
            }
            for (int i = 0; i < count; i++) {
                ZonedDateTime from = start.plusMinutes((long) minutes * i);
                slots.add(new Slot(slots.size(), from, from.plusMinutes(minutes)));
            }
        }
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("give at least one slot range");
        }
        slots.sort(Comparator.comparing(Slot::start));
        List<Slot> numbered = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (i > 0 && slots.get(i).start().isBefore(slots.get(i - 1).end())) {
                throw new IllegalArgumentException("slots overlap at " + slots.get(i).start());
            }
            numbered.add(new Slot(i, slots.get(i).start(), slots.get(i).end()));
        }
        return numbered;
    }
}

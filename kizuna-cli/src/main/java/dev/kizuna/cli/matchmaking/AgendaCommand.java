package dev.kizuna.cli.matchmaking;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.cli.planning.FixInputs;
import dev.kizuna.matchmaking.MatchPair;
import dev.kizuna.matchmaking.Matchmaker;
import dev.kizuna.planning.agenda.Agenda;
import dev.kizuna.planning.agenda.AgendaDocuments;
import dev.kizuna.planning.agenda.AgendaScheduler;
import dev.kizuna.planning.agenda.ICalendarWriter;
import dev.kizuna.planning.agenda.MeetingRequest;
import dev.kizuna.planning.agenda.Slot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code kizuna agenda DIR --slots ... --rooms N --out DIR}: a 1:1 meeting agenda for the pairs of {@code match}. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = {"Schedule the 1:1 meetings of an exchange event with CP-SAT: the buyer-seller pairs of 'match'",
                "(priority = the pair's best score), one meeting per company per slot, a number of rooms, and",
                "availability windows. Writes agenda.md, agenda.html and one RFC 5545 .ics file per participant."})
public final class AgendaCommand extends DatasetCommand {
    @Option(names = "--slots", required = true, paramLabel = "START/MINUTES/COUNT",
            description = "Slots as local start, length in minutes and count, e.g. 2026-03-10T09:00/30/12 (repeatable)")
    List<String> slotSpecs;

    @Option(names = "--rooms", required = true, paramLabel = "N", description = "Meeting rooms per slot")
    int rooms;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory")
    Path outDirectory;

    @Option(names = "--timezone", defaultValue = "Asia/Tokyo", paramLabel = "ZONE",
            description = "Time zone of the slot times (default: Asia/Tokyo)")
    String timezone;

    @Option(names = "--availability", paramLabel = "FILE.csv",
            description = "Rows organization_id,from,until (local date-times); a company listed is available only in"
                    + " slots that lie inside one of its windows")
    Path availabilityFile;

    @Option(names = "--pairs", defaultValue = "30", paramLabel = "N", description = "Best buyer-seller pairs to invite (default: 30)")
    int pairs;

    @Option(names = "--event", defaultValue = "Kizuna partner meetings", paramLabel = "NAME", description = "Event name")
    String eventName;

    @Option(names = "--stamp", paramLabel = "YYYY-MM-DDTHH:MM",
            description = "DTSTAMP of the calendar events, local time (default: the first slot's start, so output is reproducible)")
    String stamp;

    /** JSON form of the result. */
    public record AgendaReport(String outDirectory, int meetings, int unscheduled, double priorityHeld,
                               double priorityRequested, boolean optimal, List<String> files,
                               List<ScheduledMeeting> agenda) {
    }

    public record ScheduledMeeting(String start, String end, int room, String buyer, String seller, double priority,
                                   List<String> topics) {
    }

    @Override
    public Integer call() {
        if (rooms < 1) {
            throw new UserError(ExitCodes.USAGE, "--rooms must be at least 1");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (RuntimeException e) {
            throw new UserError(ExitCodes.USAGE, "--timezone: unknown zone " + timezone);
        }
        List<Slot> slots = slots(zone);
        LoadedDataset loaded = load();
        var offers = FixInputs.offers(datasetPath, loaded.dataset(), err());
        List<MatchPair> matches = Matchmaker.match(loaded.dataset(), loaded.network(), offers, 5000);
        List<MeetingRequest> requests = MeetingRequest.fromMatches(matches, pairs);
        Map<String, String> names = new HashMap<>();
        loaded.dataset().organizations().forEach(o -> names.put(o.id().value(), o.name()));
        Map<String, Set<Integer>> availability = availabilityFile == null ? Map.of() : availability(slots, zone);
        Agenda agenda = AgendaScheduler.schedule(requests, slots, rooms, availability, 30);
        ZonedDateTime dtstamp = stamp == null ? slots.get(0).start() : parse(stamp, zone, "--stamp");
        List<String> files = new ArrayList<>();
        try {
            Files.createDirectories(outDirectory.resolve("ics"));
            write(outDirectory.resolve("agenda.md"), AgendaDocuments.markdown(agenda, names, eventName), files);
            write(outDirectory.resolve("agenda.html"), AgendaDocuments.html(agenda, names, eventName), files);
            for (String company : AgendaScheduler.participants(requests)) {
                write(outDirectory.resolve("ics").resolve(company + ".ics"),
                        ICalendarWriter.write(agenda, company, names, eventName, dtstamp), files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScheduledMeeting> scheduled = agenda.meetings().stream().map(m -> new ScheduledMeeting(
                m.slot().start().toOffsetDateTime().toString(), m.slot().end().toOffsetDateTime().toString(), m.room(),
                m.request().buyer(), m.request().seller(), m.request().priority(), m.request().topics())).toList();
        AgendaReport report = new AgendaReport(outDirectory.toString(), agenda.meetings().size(),
                agenda.unscheduled().size(), round(agenda.priorityHeld()), round(agenda.priorityRequested()),
                agenda.optimal(), files, scheduled);
        if (json()) {
            printJson(report);
        } else {
            out().println(report.meetings() + " meeting(s) scheduled in " + slots.size() + " slot(s) x " + rooms
                    + " room(s); " + report.unscheduled() + " not scheduled; priority held " + report.priorityHeld()
                    + " of " + report.priorityRequested() + (agenda.optimal() ? " (optimal)" : ""));
            files.forEach(f -> out().println("  wrote " + f));
            out().flush();
        }
        return ExitCodes.OK;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private void write(Path file, String text, List<String> files) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        files.add(outDirectory.relativize(file).toString());
    }

    private List<Slot> slots(ZoneId zone) {
        List<Slot> slots = new ArrayList<>();
        for (String spec : slotSpecs) {
            String[] parts = spec.split("/");
            if (parts.length != 3) {
                throw new UserError(ExitCodes.USAGE, "--slots: expected START/MINUTES/COUNT, got " + spec);
            }
            ZonedDateTime start = parse(parts[0], zone, "--slots");
            int minutes;
            int count;
            try {
                minutes = Integer.parseInt(parts[1]);
                count = Integer.parseInt(parts[2]);
            } catch (NumberFormatException e) {
                throw new UserError(ExitCodes.USAGE, "--slots: minutes and count must be whole numbers: " + spec);
            }
            if (minutes < 1 || count < 1) {
                throw new UserError(ExitCodes.USAGE, "--slots: minutes and count must be positive: " + spec);
            }
            for (int i = 0; i < count; i++) {
                ZonedDateTime from = start.plusMinutes((long) minutes * i);
                slots.add(new Slot(slots.size(), from, from.plusMinutes(minutes)));
            }
        }
        slots.sort(java.util.Comparator.comparing(Slot::start));
        List<Slot> numbered = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (i > 0 && slots.get(i).start().isBefore(slots.get(i - 1).end())) {
                throw new UserError(ExitCodes.USAGE, "--slots: slots overlap at " + slots.get(i).start());
            }
            numbered.add(new Slot(i, slots.get(i).start(), slots.get(i).end()));
        }
        return numbered;
    }

    private static ZonedDateTime parse(String text, ZoneId zone, String option) {
        try {
            return LocalDateTime.parse(text).atZone(zone);
        } catch (DateTimeParseException e) {
            throw new UserError(ExitCodes.USAGE, option + ": not a local date-time (YYYY-MM-DDTHH:MM): " + text);
        }
    }

    private Map<String, Set<Integer>> availability(List<Slot> slots, ZoneId zone) {
        Map<String, Set<Integer>> available = new TreeMap<>();
        String label = availabilityFile.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(availabilityFile, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (String column : List.of("organization_id", "from", "until")) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new UserError(ExitCodes.INVALID_DATASET, label + ":1: missing required column '" + column + "'");
                }
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                ZonedDateTime from;
                ZonedDateTime until;
                try {
                    from = LocalDateTime.parse(record.get("from").strip()).atZone(zone);
                    until = LocalDateTime.parse(record.get("until").strip()).atZone(zone);
                } catch (DateTimeParseException e) {
                    throw new UserError(ExitCodes.INVALID_DATASET, label + ":" + line + ": from/until must be local"
                            + " date-times (YYYY-MM-DDTHH:MM)");
                }
                Set<Integer> set = available.computeIfAbsent(record.get("organization_id").strip(), k -> new TreeSet<>());
                for (Slot slot : slots) {
                    if (!slot.start().isBefore(from) && !slot.end().isAfter(until)) {
                        set.add(slot.index());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return available;
    }
}

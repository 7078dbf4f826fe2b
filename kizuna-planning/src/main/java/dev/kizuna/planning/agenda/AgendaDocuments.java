package dev.kizuna.planning.agenda;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The agenda as a Markdown document and as a standalone HTML page, one table row per meeting. */
public final class AgendaDocuments {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm z", Locale.ROOT);

    private AgendaDocuments() {
    }

    public static String markdown(Agenda agenda, Map<String, String> names, String eventName) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(eventName).append("\n\n");
        out.append(summary(agenda)).append("\n\n");
        out.append("| time | room | buyer | seller | topics | priority |\n|---|---:|---|---|---|---:|\n");
        for (Agenda.Meeting m : agenda.meetings()) {
            MeetingRequest r = m.request();
            out.append("| ").append(when(m)).append(" | ").append(m.room()).append(" | ")
                    .append(md(names.getOrDefault(r.buyer(), r.buyer()))).append(" | ")
                    .append(md(names.getOrDefault(r.seller(), r.seller()))).append(" | ")
                    .append(md(String.join("; ", r.topics()))).append(" | ")
                    .append(String.format(Locale.ROOT, "%.3f", r.priority())).append(" |\n");
        }
        if (!agenda.unscheduled().isEmpty()) {
            out.append("\n## Not scheduled\n\n");
            for (MeetingRequest r : agenda.unscheduled()) {
                out.append("- ").append(md(names.getOrDefault(r.buyer(), r.buyer()))).append(" x ")
                        .append(md(names.getOrDefault(r.seller(), r.seller()))).append(" (priority ")
                        .append(String.format(Locale.ROOT, "%.3f", r.priority())).append(")\n");
            }
        }
        return out.toString();
    }

    public static String html(Agenda agenda, Map<String, String> names, String eventName) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(html(eventName)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}"
                        + "td.n{text-align:right}</style>\n</head>\n<body>\n<h1>").append(html(eventName)).append("</h1>\n<p>")
                .append(html(summary(agenda))).append("</p>\n<table>\n<thead><tr><th>time</th><th>room</th><th>buyer</th>"
                        + "<th>seller</th><th>topics</th><th>priority</th></tr></thead>\n<tbody>\n");
        for (Agenda.Meeting m : agenda.meetings()) {
            MeetingRequest r = m.request();
            out.append("<tr><td>").append(html(when(m))).append("</td><td class=\"n\">").append(m.room())
                    .append("</td><td>").append(html(names.getOrDefault(r.buyer(), r.buyer()))).append("</td><td>")
                    .append(html(names.getOrDefault(r.seller(), r.seller()))).append("</td><td>")
                    .append(html(String.join("; ", r.topics()))).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.3f", r.priority())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (!agenda.unscheduled().isEmpty()) {
            out.append("<h2>Not scheduled</h2>\n<ul>\n");
            for (MeetingRequest r : agenda.unscheduled()) {
                out.append("<li>").append(html(names.getOrDefault(r.buyer(), r.buyer()) + " x "
                        + names.getOrDefault(r.seller(), r.seller()))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String summary(Agenda agenda) {
        return String.format(Locale.ROOT, "%d meetings in %d slots and %d rooms; %d not scheduled; priority held %.3f"
                        + " of %.3f%s.", agenda.meetings().size(), agenda.slots().size(), agenda.rooms(),
                agenda.unscheduled().size(), agenda.priorityHeld(), agenda.priorityRequested(),
                agenda.optimal() ? " (optimal)" : " (best found in the time limit)");
    }

    private static String when(Agenda.Meeting m) {
        return TIME.format(m.slot().start()) + "-" + END.format(m.slot().end());
    }

    private static String md(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

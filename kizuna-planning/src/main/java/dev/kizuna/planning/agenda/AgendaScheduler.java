package dev.kizuna.planning.agenda;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Schedules 1:1 meetings with CP-SAT. x(m, t) = 1 when meeting m is held in slot t, defined only
 * for slots where both companies are available. Each meeting at most once; each company in at most
 * one meeting per slot; at most {@code rooms} meetings per slot. Maximise the priority-weighted
 * number of meetings held (priorities scaled to integers, 1e-3 resolution), then, with a weight
 * smaller than one priority unit in total, earlier slots. Rooms are interchangeable, so they are
 * numbered after solving, per slot, in meeting id order. One worker and a fixed seed keep the
 * result deterministic.
 */
public final class AgendaScheduler {
    static {
        Loader.loadNativeLibraries();
    }

    private AgendaScheduler() {
    }

    /**
     * @param availability the slots each organization can attend; an organization not in the map is
     *                     available in every slot
     */
    public static Agenda schedule(List<MeetingRequest> requests, List<Slot> slots, int rooms,
                                  Map<String, Set<Integer>> availability, double timeLimitSeconds) {
        List<MeetingRequest> sorted = requests.stream().sorted(Comparator.comparing(MeetingRequest::id)).toList();
        CpModel model = new CpModel();
        int count = sorted.size();
        int slotCount = slots.size();
        BoolVar[][] x = new BoolVar[count][slotCount];
        Map<String, List<List<Literal>>> byCompanySlot = new TreeMap<>();
        List<List<Literal>> bySlot = new ArrayList<>();
        for (int t = 0; t < slotCount; t++) {
            bySlot.add(new ArrayList<>());
        }
        long totalSlotBonus = (long) count * slotCount + 1;
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int m = 0; m < count; m++) {
            MeetingRequest request = sorted.get(m);
            List<Literal> options = new ArrayList<>();
            long weight = Math.max(1, Math.round(request.priority() * 1000));
            for (int t = 0; t < slotCount; t++) {
                if (!available(availability, request.buyer(), t) || !available(availability, request.seller(), t)) {
                    continue;
                }
                x[m][t] = model.newBoolVar("x_" + m + "_" + t);
                options.add(x[m][t]);
                bySlot.get(t).add(x[m][t]);
                for (String company : List.of(request.buyer(), request.seller())) {
                    byCompanySlot.computeIfAbsent(company, c -> {
                        List<List<Literal>> lists = new ArrayList<>();
                        for (int s = 0; s < slotCount; s++) {
                            lists.add(new ArrayList<>());
                        }
                        return lists;
                    }).get(t).add(x[m][t]);
                }
                // earlier slots win ties; the whole bonus stays below one priority unit
                objective.addTerm(x[m][t], weight * totalSlotBonus + (slotCount - t));
            }
            if (options.size() > 1) {
                model.addAtMostOne(options);
            }
        }
        for (List<List<Literal>> lists : byCompanySlot.values()) {
            for (List<Literal> list : lists) {
                if (list.size() > 1) {
                    model.addAtMostOne(list);
                }
            }
        }
        for (List<Literal> list : bySlot) {
            if (list.size() > rooms) {
                model.addLessOrEqual(LinearExpr.sum(list.toArray(Literal[]::new)), rooms);
            }
        }
        model.maximize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(0).setMaxTimeInSeconds(timeLimitSeconds);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("the agenda model could not be solved: " + status);
        }
        List<Agenda.Meeting> meetings = new ArrayList<>();
        List<MeetingRequest> unscheduled = new ArrayList<>();
        int[] roomsUsed = new int[slotCount];
        double held = 0;
        double requested = 0;
        for (int m = 0; m < count; m++) {
            requested += sorted.get(m).priority();
            int slot = -1;
            for (int t = 0; t < slotCount; t++) {
                if (x[m][t] != null && solver.booleanValue(x[m][t])) {
                    slot = t;
                }
            }
            if (slot < 0) {
                unscheduled.add(sorted.get(m));
            } else {
                meetings.add(new Agenda.Meeting(sorted.get(m), slots.get(slot), ++roomsUsed[slot]));
                held += sorted.get(m).priority();
            }
        }
        meetings.sort(Comparator.comparingInt((Agenda.Meeting m) -> m.slot().index()).thenComparingInt(Agenda.Meeting::room));
        return new Agenda(slots, rooms, meetings, unscheduled, held, requested, status == CpSolverStatus.OPTIMAL);
    }

    private static boolean available(Map<String, Set<Integer>> availability, String company, int slot) {
        Set<Integer> slots = availability.get(company);
        return slots == null || slots.contains(slot);
    }

    /** Every company named in the requests, sorted. */
    public static TreeSet<String> participants(List<MeetingRequest> requests) {
        TreeSet<String> companies = new TreeSet<>();
        for (MeetingRequest request : requests) {
            companies.add(request.buyer());
            companies.add(request.seller());
        }
        return companies;
    }
}

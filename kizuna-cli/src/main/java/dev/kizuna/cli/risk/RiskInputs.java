package dev.kizuna.cli.risk;

import dev.kizuna.cli.EventArguments;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.disruption.EventBasis;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.SystemId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns command-line text into engine values, or a {@link UserError} that says what is wrong. */
final class RiskInputs {
    private RiskInputs() {
    }

    static List<DisruptionEvent> events(List<String> texts) {
        return EventArguments.parse(texts, ExitCodes.BAD_REQUEST, "");
    }

    static EventBasis basis(String text) {
        return EventBasis.parse(text).orElseThrow(() -> new UserError(ExitCodes.BAD_REQUEST,
                "unknown basis '" + text + "': use one of "
                        + Arrays.stream(EventBasis.values()).map(EventBasis::key).collect(Collectors.joining(", "))));
    }

    static int system(SupplyNetwork net, String id) {
        try {
            return net.findSystem(new SystemId(id)).orElseThrow(() -> new UserError(ExitCodes.BAD_REQUEST,
                    "the dataset has no system '" + id + "'" + known(net)));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.BAD_REQUEST, e.getMessage());
        }
    }

    private static String known(SupplyNetwork net) {
        List<String> ids = new ArrayList<>();
        for (int y = 0; y < Math.min(10, net.systemCount()); y++) {
            ids.add(net.systemKey(y));
        }
        return ids.isEmpty() ? " (it has no system)" : "; its systems: " + String.join(", ", ids)
                + (net.systemCount() > 10 ? ", ..." : "");
    }
}

package dev.kizuna.risk;

import java.util.List;

/** A Boolean formula of a fault tree gate, in the vocabulary of the Open-PSA model exchange format. */
public sealed interface Formula {
    record And(List<Formula> args) implements Formula {
        public And {
            args = List.copyOf(args);
        }
    }

    record Or(List<Formula> args) implements Formula {
        public Or {
            args = List.copyOf(args);
        }
    }

    /** True when at least {@code min} of the arguments are. */
    record AtLeast(int min, List<Formula> args) implements Formula {
        public AtLeast {
            args = List.copyOf(args);
        }
    }

    record Not(Formula arg) implements Formula {
    }

    record GateRef(String name) implements Formula {
    }

    record EventRef(String name) implements Formula {
    }

    record Constant(boolean value) implements Formula {
    }
}

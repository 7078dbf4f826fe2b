package dev.kizuna.risk;

/** A decision diagram outgrew its node limit: the function is too large to analyse exactly this way. */
public final class BddTooLargeException extends RuntimeException {
    public BddTooLargeException(int nodeLimit) {
        super("the decision diagram exceeds " + nodeLimit + " nodes");
    }
}

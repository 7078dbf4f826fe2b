package dev.kizuna.server.dataset;

/** An upload that is not read at all: too big, too many entries, a zip bomb, a path outside the archive. */
public class ArchiveRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArchiveRejectedException(String message) {
        super(message);
    }
}

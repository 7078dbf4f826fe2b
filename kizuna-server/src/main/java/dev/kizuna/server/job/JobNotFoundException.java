package dev.kizuna.server.job;

public class JobNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobNotFoundException(long id) {
        super("no job " + id);
    }
}

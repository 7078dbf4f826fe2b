package dev.kizuna.io.openpsa;

/** An Open-PSA file that cannot be read: the message names the file and what is wrong. */
public final class OpenPsaException extends RuntimeException {
    public OpenPsaException(String message) {
        super(message);
    }

    public OpenPsaException(String message, Throwable cause) {
        super(message, cause);
    }
}

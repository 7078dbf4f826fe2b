package dev.kizuna.cli;

/** How a command prints its result. */
public enum OutputFormat {
    TEXT, JSON
}

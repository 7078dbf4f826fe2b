package dev.kizuna.synthetic;

/** Zero-padded ids such as {@code P0000123}, so that text order equals numeric order. */
final class IdFormat {
    private final String prefix;
    private final int width;

    IdFormat(String prefix, int minimumWidth, int count) {
        this.prefix = prefix;
        this.width = Math.max(minimumWidth, Integer.toString(Math.max(count, 1)).length());
    }

    /** The id of the item with this 1-based number. */
    String format(int number) {
        char[] text = new char[prefix.length() + width];
        prefix.getChars(0, prefix.length(), text, 0);
        int value = number;
        for (int i = text.length - 1; i >= prefix.length(); i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        if (value != 0) {
            throw new IllegalArgumentException(number + " does not fit " + width + " digits");
        }
        return new String(text);
    }
}

package org.igrexplorer.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A constant with a short, stable, lower-case identifier: the name it has in files (sessions, CSV,
 * JSON) and on the command line. Enums implement {@link #id()} and look their constants up with
 * {@link #fromId(Class, String, String)}, so every lookup trims, ignores case and names the
 * accepted identifiers in its message the same way.
 */
public interface Identified {

    /** @return the identifier, e.g. {@code modified2} */
    String id();

    /**
     * @param type the enum
     * @param id   an identifier (case-insensitive, surrounding blanks ignored)
     * @param what what the constants are, for the message, e.g. "method"
     * @return the constant with that identifier
     * @throws IllegalArgumentException naming the unknown identifier and the accepted ones
     */
    static <E extends Enum<E> & Identified> E fromId(Class<E> type, String id, String what) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "' (expected " + ids(type) + ")");
    }

    /** @return the identifiers of an enum in declaration order, e.g. "png, svg or pdf" */
    static <E extends Enum<E> & Identified> String ids(Class<E> type) {
        List<String> ids = Arrays.stream(type.getEnumConstants()).map(Identified::id).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }
}

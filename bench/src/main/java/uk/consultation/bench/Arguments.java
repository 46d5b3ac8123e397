package uk.consultation.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A benchmark's {@code --name=value} arguments; a bare {@code --name} is a switch, read as {@code true}. */
final class Arguments {

    private final Map<String, String> given = new HashMap<>();
    private final String usage;

    Arguments(String usage, String... args) {
        this.usage = usage;
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Not --name=value: " + arg + "\n" + usage);
            }
            String[] nameValue = arg.substring(2).split("=", 2);
            given.put(nameValue[0], nameValue.length == 2 ? nameValue[1] : "true");
        }
    }

    int number(String name, int fallback) {
        String value = given.remove(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(given.remove(name));
    }

    boolean isOn(String name) {
        return Boolean.parseBoolean(given.remove(name));
    }

    /** Call after reading every argument: one left over is a typo or one this benchmark does not take. */
    void requireAllRead() {
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown " + given.keySet() + "\n" + usage);
        }
    }
}

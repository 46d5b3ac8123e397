package uk.consultation.testsupport.fuzz;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzing inputs: a real seed changed by a short list of edits (insert, delete, overwrite, repeat a stretch many
 * times, pump: a word followed by another many times, the shape of the inputs that make a backtracking regular
 * expression take quadratic or worse time). QuickTheories generates the edits and, on a failure, shrinks them towards
 * fewer and smaller ones. Inserted text comes from the parser's own vocabulary (its dictionary), or is random.
 */
public final class Mutants {

    /** Repeating a stretch this often makes a parser that is quadratic in it take far longer than the bound. */
    private static final int MAX_REPEATS = 20_000;

    /** No edit grows an input past this: enough for any blow-up to show, small enough for memory. */
    private static final int MAX_LENGTH = 400_000;

    private static final int MAX_EDITS = 8;

    private Mutants() {
    }

    /**
     * An input and how it was made: a failing property prints the seed and the edits (a few lines), not the input
     * (which may be hundreds of kilobytes).
     */
    public record Mutant<T>(T input, String made) {
        @Override
        public String toString() {
            return made;
        }
    }

    /** Text: seeds mutated with the dictionary and any Unicode characters. */
    public static Gen<Mutant<String>> text(List<String> seeds, List<String> dictionary) {
        return mutants(seeds, dictionary, strings().allPossible().ofLengthBetween(1, 16));
    }

    /** Bytes: seeds mutated with the dictionary (as UTF-8) and any bytes. */
    public static Gen<Mutant<byte[]>> bytes(List<byte[]> seeds, List<String> dictionary) {
        // One char per byte, so that every edit works on bytes and the result is bytes again
        List<String> asChars = seeds.stream().map(seed -> new String(seed, StandardCharsets.ISO_8859_1)).toList();
        List<String> words = dictionary.stream()
                .map(word -> new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).toList();
        return mutants(asChars, words, strings().betweenCodePoints(0, 0xff).ofLengthBetween(1, 16))
                .map(mutant -> new Mutant<>(mutant.input().getBytes(StandardCharsets.ISO_8859_1), mutant.made()));
    }

    private static Gen<Mutant<String>> mutants(List<String> seeds, List<String> dictionary, Gen<String> random) {
        Gen<String> token = Generate.oneOf(Generate.pick(dictionary), random);
        // Where an edit goes, as a fraction of the input's length, so that it fits any seed
        Gen<Double> at = Generate.range(0, 1_000).map(permille -> permille / 1_000.0);
        Gen<Edit> edit = Generate.oneOf(
                at.<String, Edit>zip(token, Insert::new),
                at.<Integer, Edit>zip(Generate.range(1, 64), Delete::new),
                at.<String, Edit>zip(token, Overwrite::new),
                at.<Integer, Integer, Edit>zip(Generate.range(1, 16), Generate.range(2, MAX_REPEATS), Repeat::new),
                at.<String, String, Integer, Edit>zip(token, token, Generate.range(2, MAX_REPEATS), Pump::new));
        return Generate.range(0, seeds.size() - 1).zip(lists().of(edit).ofSizeBetween(0, MAX_EDITS), (seed, edits) -> {
            String mutant = seeds.get(seed);
            List<Edit> applied = new ArrayList<>();
            for (Edit each : edits) {
                String edited = each.applyTo(mutant);
                if (edited.length() <= MAX_LENGTH) {
                    mutant = edited;
                    applied.add(each);
                }
            }
            return new Mutant<>(mutant, "seed " + seed + " (" + seeds.get(seed).length() + " chars), edited "
                    + applied.stream().map(Edit::toString).map(Mutants::escape).toList() + ": "
                    + mutant.length() + " chars");
        });
    }

    /** Control characters and everything outside ASCII as Java escapes, so that the description is plain text. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.chars().forEach(c -> escaped.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format("\\u%04x", c)));
        return escaped.toString();
    }

    private sealed interface Edit {
        String applyTo(String input);

        static int index(double at, String input) {
            return (int) (at * input.length());
        }
    }

    private record Insert(double at, String token) implements Edit {
        @Override
        public String applyTo(String input) {
            int i = Edit.index(at, input);
            return input.substring(0, i) + token + input.substring(i);
        }
    }

    private record Delete(double at, int length) implements Edit {
        @Override
        public String applyTo(String input) {
            int i = Edit.index(at, input);
            return input.substring(0, i) + input.substring(Math.min(input.length(), i + length));
        }
    }

    private record Overwrite(double at, String token) implements Edit {
        @Override
        public String applyTo(String input) {
            int i = Edit.index(at, input);
            return input.substring(0, i) + token + input.substring(Math.min(input.length(), i + token.length()));
        }
    }

    private record Pump(double at, String prefix, String pumped, int times) implements Edit {
        @Override
        public String applyTo(String input) {
            if ((long) pumped.length() * times > MAX_LENGTH) {
                return input;
            }
            int i = Edit.index(at, input);
            return input.substring(0, i) + prefix + pumped.repeat(times) + input.substring(i);
        }
    }

    private record Repeat(double at, int length, int times) implements Edit {
        @Override
        public String applyTo(String input) {
            int i = Edit.index(at, input);
            int end = Math.min(input.length(), i + length);
            if ((long) (end - i) * times > MAX_LENGTH) {
                return input;
            }
            return input.substring(0, i) + input.substring(i, end).repeat(times) + input.substring(end);
        }
    }
}

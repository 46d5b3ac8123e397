package uk.consultation.coding.understand;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.Position;

/**
 * Hears the side an answer takes where no rule of {@link PositionReading} reads a view in it ("we're on board", "I'm
 * dead against it"): by how close its meaning comes to sentences of agreement, disagreement and uncertainty written
 * about no proposal in particular, so that they carry to any consultation. The side whose {@link #NEAREST} closest
 * sentences come closest on average is heard, when it comes close and clearly closer than the next; else none is.
 */
final class PositionPrototypes {

    /** How many of a side's sentences count: one alone lets a single chance likeness decide. */
    private static final int NEAREST = 3;

    /**
     * How much closer (cosine) the heard side must come than the next. Of 0.05 and 0.03, 0.03 read one more of the
     * fresh sentences (48 of 66, three heard on the wrong side, against none) and one more held-out answer; the
     * development documents were the same (docs/benchmarks.md, "Coding accuracy").
     */
    private static final double MARGIN = 0.03;

    /**
     * How close (cosine) the heard side must come at all: sentences that only tell of a place or a project ("I came here
     * from Syria in 2016") come no closer than about 0.24 to any side, and one a little less far from agreement than
     * from the rest would be a side heard in no view.
     */
    private static final double AT_LEAST = 0.25;

    /** The sides, in the order of {@link #SENTENCES}. */
    private static final List<Position> SIDES = List.of(Position.AGREE, Position.DISAGREE, Position.NOT_SURE);

    /** Each side's sentences, in the order of {@link #SIDES}: generic, in plain words, in several voices. */
    private static final List<List<String>> SENTENCES = List.of(
            List.of("I agree with this proposal.", "We support this proposal.", "This proposal is a good idea.",
                    "We welcome this proposal.", "This proposal will make things better.", "I am in favour of this.",
                    "This is the right approach.", "The proposal is sensible and we back it.",
                    "This is a positive change.", "Yes, we agree with what is proposed.",
                    "I am happy with this proposal.", "We would like to see this go ahead."),
            List.of("I disagree with this proposal.", "We oppose this proposal.", "This proposal is a bad idea.",
                    "We reject this proposal.", "This proposal will make things worse.", "I am against this.",
                    "This is the wrong approach.", "The proposal is flawed and we cannot support it.",
                    "This is a change for the worse.", "No, we do not agree with what is proposed.",
                    "I am unhappy with this proposal.", "This proposal should be dropped."),
            List.of("I am not sure about this proposal.", "We have not decided what we think of this proposal.",
                    "There are arguments for and against this proposal.", "The proposal has good and bad points.",
                    "It is too early to say whether this proposal will work.", "I have mixed feelings about this.",
                    "We would need to know more before deciding.", "I neither agree nor disagree.",
                    "I do not know what to think of this proposal.", "We have no firm view on this proposal."));

    private final Prototypes prototypes;

    PositionPrototypes(SentenceEmbeddings embeddings) {
        this.prototypes = new Prototypes(embeddings, SENTENCES, NEAREST, AT_LEAST, MARGIN);
    }

    /** The side a meaning (a unit vector, such as {@link QuestionMapping#mean}) is clearly closest to, else null. */
    @Nullable Position heard(float[] meaning) {
        int side = prototypes.heard(meaning);
        return side < 0 ? null : SIDES.get(side);
    }
}

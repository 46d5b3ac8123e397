package uk.consultation.coding.understand;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.language.SentenceEmbeddings;

/**
 * Hears what kind of answer a passage gives to an open question, where the words of a rule may not show it ("A
 * cricket league run by the county board has done more than any leaflet"): an example, telling of something done that
 * brought people together, or a suggestion, saying how something could be offered better; else neither, a view, a
 * problem described or a wish. By how close its meaning comes to plain sentences of each kind, written about no
 * response in particular: the kind whose {@link #NEAREST} closest sentences come closest on average is heard, when it
 * comes close and clearly closer than the next.
 */
final class OpenAnswerPrototypes {

    /** What an open answer does. */
    enum Kind {
        EXAMPLE, SUGGESTION
    }

    /** How many of a kind's sentences count: one alone lets a single chance likeness decide. */
    private static final int NEAREST = 3;

    /**
     * How much closer (cosine) the heard kind must come than the next. A response tells of its writer or body ("We work
     * with 300 families a year") in words close to an example's. Tried from 0.03 to 0.12 for each kind: 0.08 for both
     * mapped the fewest wrong questions on the development documents (177 mapped, 158 right, against 178 to 181 with
     * the same right), for 10 of the 35 fresh examples and 16 of the 25 fresh suggestions (docs/benchmarks.md, "Coding
     * accuracy").
     */
    private static final double MARGIN = 0.08;

    /** How close (cosine) the heard kind must come at all: a passage on something else comes near nothing. */
    private static final double AT_LEAST = 0.3;

    /**
     * Each kind's sentences, examples, suggestions, then neither: generic, in plain words, in several voices. The last
     * group is what an example or a suggestion is most often confused with: views, problems, wishes, projects heard of.
     */
    private static final List<List<String>> SENTENCES = List.of(
            List.of("We run a weekly club where people from different backgrounds meet.",
                    "Our project brings local residents and newcomers together every month.",
                    "The scheme started two years ago and now has many regular members.",
                    "I volunteer at a group where neighbours of all backgrounds get to know each other.",
                    "The event was attended by people from every community in the area.",
                    "A local charity set up a programme pairing new arrivals with long-standing residents.",
                    "Through the sessions people who had never met have become friends.",
                    "An evaluation of the project found that participants made friends from other backgrounds.",
                    "The club has met every week since it was founded.",
                    "We organised a festival that brought the whole neighbourhood together.",
                    "Young people from different schools took part in the programme together.",
                    "It is held in the community centre and everyone is welcome."),
            List.of("The classes should be offered at times that suit people who work.",
                    "It would help if childcare were provided alongside.",
                    "Funding should be given for longer periods so that providers can plan.",
                    "I suggest the service is provided locally, in places people already go.",
                    "They could offer it online for those who cannot travel.",
                    "We recommend that the rules on who can take part are made simpler.",
                    "What is needed is more places and shorter waiting lists.",
                    "It would be better to make it free for people on low incomes.",
                    "The courses need to be more flexible.",
                    "Why not run them in schools and libraries?",
                    "There should be more support for the volunteers who teach.",
                    "Learners should be able to practise speaking outside the classroom."),
            List.of("I agree with this proposal.", "We oppose these plans.", "This is a waste of money.",
                    "The situation in our area is getting worse.", "People live separate lives and rarely meet.",
                    "Everyone should make an effort to get along.", "There is not enough money for this.",
                    "The government has cut funding in recent years.",
                    "I have heard of such projects but know little about them.",
                    "Newcomers find it hard to get help.", "It is important for everyone to speak the language.",
                    "Integration must work both ways.",
                    "People from different backgrounds ought to spend more time together.",
                    "Projects like that are a waste of money and hardly anyone goes.",
                    "The same few people turn up to every event.",
                    "Our organisation speaks for many members and has taken part in earlier consultations.",
                    "I am against spending more public money on this.",
                    "The service in our area was closed down and nothing has replaced it.",
                    "It should not be made a condition of anything.",
                    "We are a registered charity working with refugees across the county.",
                    "Our members come from many different faiths and backgrounds.",
                    "We give advice to around a thousand families a year.",
                    "I have lived in this town all my life and have seen it change."));

    private final Prototypes prototypes;

    OpenAnswerPrototypes(SentenceEmbeddings embeddings) {
        this.prototypes = new Prototypes(embeddings, SENTENCES, NEAREST, AT_LEAST, MARGIN);
    }

    /**
     * Whether a meaning is clearly closest to neither kind: a view, a problem, a wish, or a body telling who it is and
     * what it offers ("Each year around 900 women use our advice, English, employment and counselling services").
     */
    boolean neither(float[] meaning) {
        return prototypes.heard(meaning) == Kind.values().length;
    }

    /** The kind a meaning (a unit vector, such as {@link QuestionMapping#mean}) is clearly closest to, else null. */
    @Nullable Kind heard(float[] meaning) {
        int kind = prototypes.heard(meaning);
        // The last group is neither kind.
        return kind < 0 || kind == Kind.values().length ? null : Kind.values()[kind];
    }
}

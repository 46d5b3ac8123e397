package uk.consultation.coding.campaign;

/** The kind of text a campaign asks supporters to send, with the few words each supporter changes. */
final class CampaignLetters {

    private CampaignLetters() {
    }

    static String letter(String name, String town) {
        return """
                Dear Secretary of State, I am writing as a resident of %s to oppose the proposals in the Integrated
                Communities Strategy Green Paper. Integration cannot be imposed from Whitehall and the proposals on
                English language and on out of school settings risk singling out communities who already feel
                targeted. Local people and local councils know their neighbourhoods best and should be funded to
                bring people together. Please withdraw these proposals and listen to communities.

                Yours sincerely,
                %s
                """.formatted(town, name);
    }

    /** The letter with its closing sentence reworded: 3 of its 16 index bands agree with the same sender's letter's. */
    static String reworded(String name, String town) {
        return letter(name, town).replace("Please withdraw these proposals and listen to communities.",
                "I ask you to withdraw these proposals, to listen to communities and to fund local councils properly.");
    }

    /** Reworded again: near {@link #reworded} (10 bands agree) but no longer near the letter (2). */
    static String rewordedTwice(String name, String town) {
        return reworded(name, town).replace("Integration cannot be imposed from Whitehall and",
                "Nobody in Whitehall can impose integration, and");
    }

    static final String OTHER = """
            I welcome the Green Paper. As a teacher in a primary school I see every day how sport, music and shared
            projects bring children from different backgrounds together, and how much parents value English classes
            held at the school gate. More funding for school linking and for youth clubs would make the most
            difference, together with support for councils to run local integration plans with residents.
            """;
}

package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.consultation.Question;

/** Fresh sentences, written for these tests, against the example consultation's names for its proposals. */
class ProposalNamesTest {

    private static final List<Question> QUESTIONS = TestEvents.BUNDLED.questions();

    @Test
    void findsAProposalByItsNameWhateverTheCaseQuotesOrHyphens() {
        assertThat(named("Say no to the DEFINITION, please.")).containsExactly("q1");
        assertThat(named("We reject \"local integration plans\" outright.")).containsExactly("q2");
        assertThat(named("Leave the out of school settings alone.")).containsExactly("q8");
        assertThat(named("Yes to the 'Places and Community' chapter.")).containsExactly("q10");
        assertThat(named("Your definition of integration is fine; the women's rights work is better."))
                .containsExactly("q1", "q13");
    }

    @Test
    void findsAProposalByTheNameRespondentsGiveIt() {
        assertThat(named("We back the English lessons.")).containsExactly("q9a");
        assertThat(named("Welcome packs for migrants are a waste of paper.")).containsExactly("q5");
        assertThat(named("The CMF works well for us.")).containsExactly("q6");
        assertThat(named("Hands off the madrassas.")).containsExactly("q8");
        assertThat(named("Yes to the forced-marriage reforms.")).containsExactly("q13");
    }

    @Test
    void aBareTargetOrMeasureIsAProposalOnlyAsTheGovernments() {
        assertThat(named("Your \"measures\" are meaningless box-ticking.")).containsExactly("q14");
        assertThat(named("We oppose your targets.")).containsExactly("q14");
        assertThat(named("The Government's targets are pie in the sky.")).containsExactly("q14");
        assertThat(named("We oppose the council's recycling targets.")).isEmpty();
        assertThat(named("Our targets for the year are met.")).isEmpty();
        assertThat(named("The measures are fine.")).isEmpty();
    }

    @Test
    void aNameFollowedByOfNamesSomethingElse() {
        assertThat(named("The definition of madness is doing the same thing twice.")).isEmpty();
        assertThat(named("The leadership of our tenants' association changed last year.")).isEmpty();
        assertThat(named("And we reject your so-called measures of success.")).containsExactly("q14");
        assertThat(named("Your \"measures\" of sugar in the cake recipe are off.")).isEmpty();
    }

    @Test
    void aNameIsWholeWords() {
        assertThat(named("The local planning committee met on Tuesday.")).isEmpty();
        assertThat(named("Our ESOLutions team can help.")).isEmpty();
        assertThat(named("The local plan for the ring road was approved.")).isEmpty();
    }

    @Test
    void aSentenceNamingSeveralSplitsWhereANewVerdictMayStart() {
        assertThat(clauses("Yes to local plans but no to the leadership stuff."))
                .containsExactly("Yes to local plans [q2]", "no to the leadership stuff. [q4] after a contrast");
        assertThat(clauses("Keep the English classes; scrap the information packs."))
                .containsExactly("Keep the English classes [q9a]", "scrap the information packs. [q5] after a contrast");
        assertThat(clauses("We reject the definition, the local plans and the leadership programme."))
                .containsExactly("We reject the definition [q1]", "the local plans [q2]", "the leadership programme. [q4]");
    }

    @Test
    void aPartNamingNoneGoesOnWithThePartBeforeIt() {
        assertThat(clauses("The definition is fine, the local plans are not, and that is final."))
                .containsExactly("The definition is fine [q1]", "the local plans are not that is final. [q2]");
        assertThat(clauses("In short, the ESOL cuts and the migration fund, however, worry us."))
                .containsExactly("In short the ESOL cuts [q9a]", "the migration fund however worry us. [q6]");
    }

    @Test
    void aNameGivenAsAnInstanceOfTheProposalBeforeItIsNoClauseOfItsOwn() {
        assertThat(clauses("We reject the integration measures, such as English language levels."))
                .containsExactly("We reject the integration measures such as English language levels. [q14]");
        assertThat(clauses("Scrap the local plans, including the Integration Areas, and the CMF."))
                .containsExactly("Scrap the local plans including the Integration Areas [q2]", "the CMF. [q6]");
    }

    /** Found by review: "Places and Community" was split at its "and", and then named nothing. */
    @Test
    void aNameHoldingACoordinatorIsNotSplitAtIt() {
        assertThat(clauses("Yes to Places and Community but no to the definition."))
                .containsExactly("Yes to Places and Community [q10]", "no to the definition. [q1] after a contrast");
        assertThat(clauses("No to the Cohesion and Integration Network, and no to the local plans."))
                .containsExactly("No to the Cohesion and Integration Network [q4]", "no to the local plans. [q2]");
    }

    /** Each clause's text, the questions it names, and whether it follows the one before it across a contrast. */
    private static List<String> clauses(String sentence) {
        List<ProposalNames.Clause> clauses = ProposalNames.clauses(sentence, QUESTIONS);
        return clauses.stream().map(clause -> clause.text() + " " + clause.named().stream().map(Question::id).toList()
                + (clause.listed() || clause.equals(clauses.get(0)) ? "" : " after a contrast")).toList();
    }

    private static List<String> named(String sentence) {
        return ProposalNames.in(sentence, QUESTIONS).stream().map(Question::id).toList();
    }
}

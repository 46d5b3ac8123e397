package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Write to jo.bloggs@example.org for more.          | Write to [email] for more.
            Email: J_O'Neil+consult@mail.example.co.uk         | Email: [email]
            Call me on 07700 900123.                           | Call me on [phone].
            Call me on 07700900123 please                      | Call me on [phone] please
            Our office: +44 (0)20 7946 0018                    | Our office: [phone]
            Our office: +44 20 7946 0018                       | Our office: [phone]
            Ring 0121-496-0000 today                           | Ring [phone] today
            Tel (01632) 960 001                                | Tel [phone]
            I live in SW1A 1AA, London                         | I live in [postcode], London
            Postcode m1 1ae                                    | Postcode [postcode]
            My NI number is QQ 12 34 56 C.                     | My NI number is [NI number].
            NI: AB123456D                                      | NI: [NI number]
            My name is Jo Bloggs and I live here.              | My name is [name] and I live here.
            Name: Mary-Ann O'Neil                              | Name: [name]
            NAME: Jo Bloggs                                    | NAME: [name]
            Write to jo.1984@example.org                       | Write to [email]
            I am Jane Smith, jane@example.org.                 | I am [name], [email].
            I'm Mary-Ann O'Neil and I disagree.                | I'm [name] and I disagree.
            """)
    void redactsWhatIdentifiesAPerson(String text, String redacted) {
        assertThat(PersonalData.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2018 around 3,483 people responded.
            Question 9(a) asks about 12 areas; 40% agreed.
            English classes in Walsall and Bradford work well.
            I am British and I am 70.
            I am a teacher in Luton.
            The Near Neighbours programme reached 1,200 groups between 2011 and 2017.
            """)
    void leavesTheRestOfTheTextAlone(String text) {
        assertThat(PersonalData.redact(text)).isEqualTo(text);
    }

    @Test
    void theNameUnderASignOffGoesAndTheRoleStays() {
        String letter = """
                We support the strategy.

                Yours sincerely,

                Jo Bloggs
                Chief Executive, Example Community Trust
                """;

        assertThat(PersonalData.redact(letter)).isEqualTo("""
                We support the strategy.

                Yours sincerely,

                [name]
                Chief Executive, Example Community Trust
                """);
    }

    @Test
    void aSignOffWithTitleAndInitials() {
        assertThat(PersonalData.redact("Kind regards\nDr A. J. Smith")).isEqualTo("Kind regards\n[name]");
    }
}

package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import workbook.support.Exercise;

@Exercise(id = "1.1", title = "Expand the country-code arguments", stub = CountryCodes.class, hint = {
        """
        Three kinds of argument: two letters, one letter, anything else. Which collection keeps its elements \
        sorted and drops duplicates as you add them? And what does upper-casing an `i` give on a machine set \
        to Turkish?""",
        """
        Upper-case each argument with `Locale.ROOT` before you judge it. Two letters A to Z are a code; one \
        letter stands for the 26 codes that start with it; anything else is an `IllegalArgumentException` \
        whose message quotes the argument as it was given. Add every code to a `TreeSet` and return its \
        contents as a list.""" })
class CountryCodesTest {

    @Test
    void two_letters_are_a_country_code_in_upper_case() {
        assertThat(CountryCodes.expand(List.of("br", "Cn")))
                .as("codes are upper case and sorted, whatever case they were typed in")
                .containsExactly("BR", "CN");
    }

    @Test
    void one_letter_stands_for_the_26_codes_starting_with_it() {
        List<String> codes = CountryCodes.expand(List.of("z"));
        assertThat(codes).as("'z' expands to ZA, ZB, ... ZZ").hasSize(26).startsWith("ZA", "ZB").endsWith("ZZ");
    }

    @Test
    void the_result_is_sorted_and_each_code_appears_once() {
        assertThat(CountryCodes.expand(List.of("US", "b", "BR", "us")))
                .as("BR is both given and part of 'b', US is given twice: each must appear once, in order")
                .doesNotHaveDuplicates()
                .isSorted()
                .hasSize(27)
                .contains("BA", "BR", "BZ", "US");
    }

    @Test
    void no_arguments_give_no_codes() {
        assertThat(CountryCodes.expand(List.of())).as("nothing asked, nothing to download").isEmpty();
    }

    @Test
    void anything_else_is_rejected_with_a_message_that_quotes_it() {
        for (String bad : List.of("BRA", "", "1", "B1", "Ü")) {
            Throwable thrown = catchThrowable(() -> CountryCodes.expand(List.of("BR", bad)));
            assertThat(thrown).as("'%s' is not A to Z or AA to ZZ: expand must throw IllegalArgumentException", bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).as("the message must quote the argument it rejects, '%s'", bad)
                    .contains("'" + bad + "'");
        }
    }

    @Test
    void a_turkish_default_locale_changes_nothing() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
        try {
            Throwable thrown = catchThrowable(() -> assertThat(CountryCodes.expand(List.of("in", "i")))
                    .as("'in' and 'i' with a Turkish default locale").hasSize(26).contains("IN", "IZ"));
            assertThat(thrown).as("with a Turkish default locale, \"in\".toUpperCase() is \"\u0130N\" (a dotted "
                    + "capital I): upper-case with Locale.ROOT, whatever the default locale").isNull();
        } finally {
            Locale.setDefault(before);
        }
    }
}

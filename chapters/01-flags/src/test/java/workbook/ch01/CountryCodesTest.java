package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import workbook.support.Exercise;

// tag::exercise[]
@Exercise(id = "1.1", title = "Expand the country-code arguments", stub = CountryCodes.class, hint = """
        Upper-case each argument first (Locale.ROOT). Two letters A-Z are a code; one letter adds the 26 \
        codes from xA to xZ; anything else throws IllegalArgumentException quoting the argument. Collect \
        into a TreeSet to sort and drop duplicates in one go.""")
// end::exercise[]
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

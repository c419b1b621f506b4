package workbook.ch01;

import java.util.List;

/**
 * Exercise 1.1: turns the downloader's country-code arguments into the codes to download.
 *
 * <pre>{@code
 * CountryCodes.expand(List.of("br", "C"));  // [BR, CA, CB, ..., CZ]: sorted, upper case, each once
 * CountryCodes.expand(List.of("BRA"));      // IllegalArgumentException naming "BRA"
 * }</pre>
 */
public final class CountryCodes {

    private CountryCodes() {
    }

    /**
     * Expands each argument, case-insensitively: two letters are a country code, one letter stands for
     * the 26 codes that start with it. The result is sorted, upper case, without duplicates.
     *
     * @throws IllegalArgumentException if an argument is anything else; the message quotes it
     */
    public static List<String> expand(List<String> args) {
        // TODO exercise 1.1: expand the country-code arguments
        throw new UnsupportedOperationException(
                "Exercise 1.1 (expand the country-code arguments) is not solved yet: write CountryCodes.expand in src/exercise/java");
    }
}

// Mistake: sorting a list of the codes without dropping the duplicates
// Caught by: CountryCodesTest#the_result_is_sorted_and_each_code_appears_once
// Says: each must appear once
package workbook.ch01;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

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
        java.util.ArrayList<String> codes = new java.util.ArrayList<>();
        for (String arg : args) {
            String cc = arg.strip().toUpperCase(Locale.ROOT);
            if (cc.matches("[A-Z]")) {
                for (char second = 'A'; second <= 'Z'; second++) {
                    codes.add(cc + second);
                }
            } else if (cc.matches("[A-Z]{2}")) {
                codes.add(cc);
            } else {
                throw new IllegalArgumentException(
                        "invalid country code '" + arg + "': each argument must be A to Z or AA to ZZ");
            }
        }
        codes.sort(null);
        return List.copyOf(codes);
    }
}

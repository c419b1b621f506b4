package workbook.support.catalogue;

/** An example that takes no arguments, for {@code CatalogueTest}. */
public final class Quiet {

    public static void main(String[] args) {
        // nothing to do: the catalogue only reads it
    }

    /** Not an example: a main that is not {@code public static void main(String[])}. */
    static final class Helper {
        static void main(String[] args) {
            // never run
        }
    }
}

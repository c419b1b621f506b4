package workbook.support.catalogue;

/** An example that takes arguments, for {@code CatalogueTest}. */
public final class Runs {

    static final String ARGUMENTS = "[DIR]";

    public static void main(String[] args) {
        // nothing to do: the catalogue only reads it
    }
}

package workbook.support.catalogue;

/** A class with a main whose source is an exercise stub, which is no example, for {@code CatalogueTest}. */
public final class Stubbed {

    public static void main(String[] args) {
        // nothing to do: the catalogue only reads it
    }
}

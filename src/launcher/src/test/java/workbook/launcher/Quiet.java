package workbook.launcher;

/** An example of the sample chapter that takes no arguments. */
public final class Quiet {

    public static void main(String[] args) {
        System.out.println("quiet");
    }
}

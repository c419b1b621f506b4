package workbook.support;

/** Orders exercise ids as numbers: {@code "3.10"} after {@code "3.9"}, {@code "2.1"} before {@code "10.1"}. */
final class ExerciseIds {

    private ExerciseIds() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}

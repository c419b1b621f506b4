package workbook.support.catalogue;

import workbook.support.Exercise;

/** Exercise test classes with no tests, for {@code CatalogueTest}: the catalogue reads their annotations only. */
@Exercise(id = "1.10", title = "The tenth", stub = Stubbed.class, hint = {"A nudge.", "The approach, \"quoted\"."})
final class SampleExercises {
}

/** The ninth exercise, loaded by its name only. */
@Exercise(id = "1.9", title = "The ninth", stub = Quiet.class, hint = "One level only.")
final class NinthExercise {
}

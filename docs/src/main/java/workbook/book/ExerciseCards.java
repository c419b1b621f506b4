package workbook.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;

/**
 * Writes one card per exercise for the book: the class to edit, the command that checks it, and the
 * first level of its hint, read from the {@code @Exercise} annotations of every chapter's tests.
 *
 * <p>A chapter's README includes the card of each exercise with
 * {@code include::{generated}/exercises/N.M.adoc[]}, so the book shows the task and the first hint
 * level only; the later levels stay for {@code ./workbook hint N.M}, one at a time.
 *
 * <pre>java workbook.book.ExerciseCards ROOT OUTPUT-DIRECTORY</pre>
 *
 * <p>Implementation notes: the annotations are read from the test sources with the JDK's own parser
 * ({@code JavacTask.parse}, no class path needed), since the book is built without compiling the
 * chapters' tests first. A hint is a string constant or an array of them; string concatenation is
 * folded here as the compiler would.
 */
public final class ExerciseCards {

    /** One {@code @Exercise}, as its test source declares it. */
    public record Card(String id, String title, Path chapter, String testClass, String stubFile,
            List<String> hint) {

        /** The chapter's number as {@code ./workbook check} takes it, such as {@code 5} for {@code 5.1}. */
        public String chapterNumber() {
            return id.substring(0, id.indexOf('.'));
        }
    }

    private ExerciseCards() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExerciseCards ROOT OUTPUT-DIRECTORY");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Card card : read(Path.of(args[0]))) {
            Files.writeString(out.resolve(card.id() + ".adoc"), render(card), StandardCharsets.UTF_8);
        }
    }

    /** Every exercise of every chapter under {@code ROOT/chapters}, in the order of their test files. */
    public static List<Card> read(Path root) throws IOException {
        List<Card> cards = new ArrayList<>();
        try (Stream<Path> chapters = Files.list(root.resolve("chapters"))) {
            for (Path chapter : chapters.filter(c -> Files.isDirectory(c.resolve("src/test/java"))).sorted().toList()) {
                cards.addAll(read(chapter, testFiles(chapter.resolve("src/test/java"))));
            }
        }
        return cards;
    }

    /** The card's AsciiDoc: a sidebar with the file to edit, the check, and hint level 1. */
    public static String render(Card card) {
        return """
                // Written by ExerciseCards from the @Exercise annotation of %s; do not edit.
                .Exercise %s
                ****
                Your code goes in `%s`. Its test, `%s`, says test by test what the class must do, \
                and `./workbook check %s` runs it.

                *Hint:* %s

                `./workbook hint %s` tells more, one level at a time.
                ****
                """.formatted(card.testClass(), card.id(), card.stubFile(), card.testClass(), card.chapterNumber(),
                asciidoc(card.hint().getFirst()), card.id());
    }

    /**
     * Hint text as AsciiDoc: it is written for a terminal, code in backticks as in Markdown, so only what
     * AsciiDoc would read as something else is escaped: an attribute reference, a passthrough, and a quote
     * mark against a backtick, which AsciiDoc takes for a curved quote ({@code `FutureTask`'s}).
     */
    static String asciidoc(String hint) {
        return hint.strip().replaceAll("\\s+", " ")
                .replace("{", "\\{")
                .replace("+++", "\\+++")
                .replace("`'", "`&#8217;")
                .replace("'`", "&#8217;`")
                .replace("`\"", "`&#34;")
                .replace("\"`", "&#34;`");
    }

    private static List<Path> testFiles(Path tests) throws IOException {
        try (Stream<Path> files = Files.walk(tests)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Card> read(Path chapter, List<Path> files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("ExerciseCards needs a JDK, not a JRE, to read the test sources");
        }
        List<Card> cards = new ArrayList<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> errors = new ArrayList<>();
            DiagnosticListener<JavaFileObject> listener = d -> {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                }
            };
            JavacTask task = (JavacTask) javac.getTask(null, fm, listener, List.of("-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("cannot read the tests of " + chapter + ":\n" + String.join("\n", errors));
            }
            for (CompilationUnitTree unit : units) {
                String pkg = Optional.ofNullable(unit.getPackageName()).map(Object::toString).orElse("");
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree c) {
                        for (AnnotationTree a : c.getModifiers().getAnnotations()) {
                            if (simpleName(a.getAnnotationType()).equals("Exercise")) {
                                cards.add(card(chapter, pkg, c.getSimpleName().toString(), a, unit));
                            }
                        }
                    }
                }
            }
        }
        return cards;
    }

    private static Card card(Path chapter, String pkg, String testClass, AnnotationTree a, CompilationUnitTree unit) {
        String id = null;
        String title = null;
        String stub = null;
        List<String> hint = List.of();
        for (ExpressionTree arg : a.getArguments()) {
            if (!(arg instanceof AssignmentTree assign)) {
                throw new IllegalArgumentException(where(unit) + ": @Exercise takes named values only");
            }
            ExpressionTree value = assign.getExpression();
            switch (simpleName(assign.getVariable())) {
                case "id" -> id = constant(value, unit);
                case "title" -> title = constant(value, unit);
                case "stub" -> stub = simpleName(((MemberSelectTree) value).getExpression());
                case "hint" -> hint = value instanceof NewArrayTree array
                        ? array.getInitializers().stream().map(v -> constant(v, unit)).toList()
                        : List.of(constant(value, unit));
                default -> { }
            }
        }
        if (id == null || title == null || stub == null || hint.isEmpty()) {
            throw new IllegalArgumentException(where(unit) + ": @Exercise needs an id, a title, a stub and a hint");
        }
        String stubFile = "src/exercise/java/" + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + stub + ".java";
        if (!Files.exists(chapter.resolve(stubFile))) {
            throw new UncheckedIOException(new IOException(where(unit) + ": no stub at " + chapter.resolve(stubFile)));
        }
        return new Card(id, title, chapter, testClass, stubFile, hint);
    }

    /** A string constant: literals, text blocks and their concatenation, as the compiler folds them. */
    private static String constant(ExpressionTree e, CompilationUnitTree unit) {
        return switch (e) {
            case LiteralTree l when l.getValue() instanceof String s -> s;
            case ParenthesizedTree p -> constant(p.getExpression(), unit);
            case BinaryTree b when b.getKind() == Tree.Kind.PLUS ->
                    constant(b.getLeftOperand(), unit) + constant(b.getRightOperand(), unit);
            default -> throw new IllegalArgumentException(
                    where(unit) + ": @Exercise wants string literals, not " + e);
        };
    }

    private static String simpleName(Tree t) {
        return switch (t) {
            case IdentifierTree i -> i.getName().toString();
            case MemberSelectTree m -> m.getIdentifier().toString();
            default -> t.toString();
        };
    }

    private static String where(CompilationUnitTree unit) {
        return unit.getSourceFile().getName();
    }
}

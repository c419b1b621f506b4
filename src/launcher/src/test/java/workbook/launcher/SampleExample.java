package workbook.launcher;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The flagship of the sample chapter the launcher's tests run: a picocli program, as the chapters' flagships are. */
@Command(name = "sample")
public final class SampleExample implements Callable<Integer> {

    @Option(names = "-n", description = "a number")
    int n;

    @Parameters
    List<String> words = List.of();

    @Override
    public Integer call() {
        System.out.println("sample ran with n=" + n + " and " + words);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SampleExample()).execute(args));
    }
}

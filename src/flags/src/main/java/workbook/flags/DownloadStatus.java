package workbook.flags;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The outcome of downloading one flag, as in Fluent Python's {@code flags2_common.DownloadStatus}. */
public enum DownloadStatus {
    /** Downloaded and saved. */
    OK,
    /** The server answered 404: it has no such country. */
    NOT_FOUND,
    /** Anything else went wrong: a server error, a dropped connection, a timeout. */
    ERROR;

    /** Counts the outcomes, like Python's {@code Counter}; a status that never occurred is absent. */
    public static Map<DownloadStatus, Long> tally(Collection<DownloadStatus> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Function.identity(),
                () -> new EnumMap<>(DownloadStatus.class), Collectors.counting()));
    }
}

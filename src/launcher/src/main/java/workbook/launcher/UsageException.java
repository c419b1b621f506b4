package workbook.launcher;

/** A mistake in the launcher's own arguments: reported in one line, with exit status 2 and no stack trace. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

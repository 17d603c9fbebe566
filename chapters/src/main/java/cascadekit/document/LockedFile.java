package cascadekit.document;

/**
 * One file of a dataset as its lock file records it.
 *
 * @param path the path relative to the dataset's folder, with {@code /} separators
 * @param sha256 the SHA-256 of the file's raw bytes, 64 lowercase hex digits
 * @param size the file's size in bytes
 * @param line the line of the lock file that lists it, or 0 when it was read from disk
 */
public record LockedFile(String path, String sha256, long size, int line) {}

package hk.negequity.engine;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The files of a rule directory, read once, keyed by their path relative to it ({@code /}-separated),
 * in a stable order. The version is a content hash of exactly these names and bytes.
 */
public final class RuleFiles {

    private final TreeMap<String, byte[]> files;
    private final String version;
    private final String rulesVersion;

    private RuleFiles(TreeMap<String, byte[]> files) {
        this.files = files;
        this.version = hash(files);
        TreeMap<String, byte[]> drl = new TreeMap<>(files);
        drl.keySet().removeIf(name -> !name.endsWith(".drl"));
        this.rulesVersion = hash(drl);
    }

    /** Rule files, catalogues and tables are some kilobytes each; the bundled ones about 200 KB in all. */
    static final long MOST_BYTES = 4L * 1024 * 1024;
    static final long MOST_BYTES_IN_ALL = 16L * 1024 * 1024;

    /** Reads every regular, non-hidden file under {@code dir}, refusing any larger than a rule file can be. */
    public static RuleFiles read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(Files.exists(dir) ? "not a directory: a rule directory holds the rule files"
                    : "rule directory not found");
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        for (Path file : regularFiles(dir)) {
            String relative = relativeName(dir, file);
            if (isHidden(relative)) {
                continue;
            }
            long size = Files.size(file);
            // Read whole, such files could take the heap the service answers with (a dump left in the folder).
            if (size > MOST_BYTES) {
                throw new UnreadableRuleFileException(relative, "it is " + size + " bytes: a rule directory holds at most "
                        + MOST_BYTES / (1024 * 1024) + " MiB a file; does this file belong here?");
            }
            if (total + size > MOST_BYTES_IN_ALL) {
                throw new IOException("the files come to more than " + MOST_BYTES_IN_ALL / (1024 * 1024)
                        + " MiB in all, the most a rule directory holds; do they all belong here?");
            }
            total += size;
            files.put(relative, withoutByteOrderMark(relative, Files.readAllBytes(file)));
        }
        return new RuleFiles(files);
    }

    /**
     * Every regular file under {@code dir}, links followed: a rule directory deployed as a link to the current release
     * (ln -sfn), or as a mounted volume whose names link into a hidden folder, is read as the files it shows. A link
     * back to a folder above it is passed over, not followed round; a link that cannot be followed is refused.
     */
    private static List<Path> regularFiles(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        if (attributes.isRegularFile()) {
                            found.add(file);
                        } else if (attributes.isSymbolicLink() && !isHidden(relativeName(dir, file))) {
                            // Links are followed, so this one could not be: it leads nowhere (a release half
                            // deployed), round in a loop, or somewhere unreadable, and its file would otherwise be
                            // left out without a word.
                            throw new UnreadableRuleFileException(relativeName(dir, file), "it is a link to "
                                    + Files.readSymbolicLink(file) + ", which cannot be followed (not there, a loop of"
                                    + " links, or not readable)");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }
                });
        return found;
    }

    /** For tests and tools: a rule set from names and contents held in memory. */
    public static RuleFiles of(java.util.Map<String, byte[]> contents) {
        return new RuleFiles(new TreeMap<>(contents));
    }

    /** The content hash: the first 16 hex digits of SHA-256 over each name and its bytes, in name order. */
    public String version() {
        return version;
    }

    /**
     * The same hash over the {@code .drl} files alone: what a compiled rule base depends on, so that one
     * compiled for these rules serves whatever the catalogues and policy tables say.
     */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** Names of the files ending with {@code suffix}, in stable order. */
    public List<String> namesEndingWith(String suffix) {
        List<String> names = new ArrayList<>();
        for (String name : files.keySet()) {
            if (name.endsWith(suffix)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A rule file saved with a UTF-8 byte order mark (as some Windows editors do) reads as without it: the DRL parser
     * would take the mark for a token and report "no viable alternative at input ''" at line 1. Catalogues and tables
     * are read past it by their own readers.
     */
    private static byte[] withoutByteOrderMark(String name, byte[] bytes) {
        boolean marked = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return marked && name.endsWith(".drl") ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    public byte[] bytes(String name) {
        return files.get(name).clone();
    }

    public String text(String name) {
        return new String(files.get(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean contains(String name) {
        return files.containsKey(name);
    }

    private static String relativeName(Path dir, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : dir.relativize(file)) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part.toString());
        }
        return name.toString();
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            // Hidden files (.#lock, .swp), and backups and autosaves (ltv.drl~, #ltv.drl#) an editor leaves.
            if (part.startsWith(".") || part.endsWith("~") || part.length() > 1 && part.startsWith("#")
                    && part.endsWith("#")) {
                return true;
            }
        }
        return false;
    }

    private static String hash(TreeMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var entry : files.entrySet()) {
                byte[] name = entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                // Lengths first, so that no two different directories can produce the same byte stream.
                sha.update(longBytes(name.length));
                sha.update(name);
                sha.update(longBytes(entry.getValue().length));
                sha.update(entry.getValue());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] longBytes(long value) {
        return java.nio.ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }
}

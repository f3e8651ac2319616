package hk.negequity.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The copy of {@code rules/} the build puts inside the jar, used when no rule directory is given. */
public final class BundledRules {

    static final String RESOURCE = "/bundled-rules";

    private BundledRules() {
    }

    /** The bundled rule directory as a path, inside the jar or on the class path during development. */
    public static Path directory() throws IOException {
        URL url = BundledRules.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("this build carries no bundled rules (" + RESOURCE + " is not on the class path)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled rules: " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}

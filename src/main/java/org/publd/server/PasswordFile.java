package org.publd.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.publd.PubldException;

/**
 * The users of {@code --admin-password-file}: one {@code user: password} a line (Jetty's
 * {@code PropertyUserStore} format: roles may follow after commas; blank lines and lines starting with
 * {@code #} are skipped). The password may be given hashed in Jetty's forms, {@code MD5:<hex digest>} or
 * {@code CRYPT:<crypt(3) hash>}, so that the file need not hold it in clear.
 *
 * <p>Stricter than Jetty, which took a line without a colon as a user with an empty password, and an
 * empty file as no users, without a word: a file with either, a user without a password or a user given
 * twice is refused, naming the file and the line. The file is read once, when the server starts.
 */
final class PasswordFile {
    /** Jetty's prefixes of hashed passwords (their constants are not public). */
    private static final List<String> HASHED = List.of("CRYPT:", "MD5:");
    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private record User(Credential credential, String[] roles, int line) {
    }

    private final Map<String, User> users;

    private PasswordFile(Map<String, User> users) {
        this.users = users;
    }

    /** Reads {@code file}; a {@link PubldException} names the file and line of the first mistake. */
    static PasswordFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PubldException(file + ": cannot read the password file: " + e.getMessage(), e);
        }
        Map<String, User> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int n = i + 1;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw mistake(file, n, "expected 'user: password'");
            }
            String name = line.substring(0, colon).strip();
            List<String> fields = Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).toList();
            Credential credential = credential(file, n, name, fields.get(0));
            String[] roles = fields.stream().skip(1).filter(r -> !r.isEmpty()).toArray(String[]::new);
            User before = users.putIfAbsent(name, new User(credential, roles, n));
            if (before != null) {
                throw mistake(file, n, "user '" + name + "' is already given on line " + before.line());
            }
        }
        if (users.isEmpty()) {
            throw new PubldException(file + ": no users in the password file (expected lines 'user: password')");
        }
        return new PasswordFile(users);
    }

    private static Credential credential(Path file, int line, String user, String given) {
        String secret = HASHED.stream().filter(given::startsWith).findFirst()
                .map(prefix -> given.substring(prefix.length())).orElse(given);
        if (secret.isBlank()) {
            throw mistake(file, line, "user '" + user + "' has an empty password");
        }
        try {
            return Credential.getCredential(given);
        } catch (RuntimeException e) {
            // An MD5 digest that is not hexadecimal.
            throw mistake(file, line, "user '" + user + "' has a malformed hashed password: " + e.getMessage());
        }
    }

    private static PubldException mistake(Path file, int line, String what) {
        return new PubldException(file + " line " + line + ": " + what);
    }

    /** The users, for Jetty's login service. */
    UserStore userStore() {
        UserStore store = new UserStore();
        users.forEach((name, user) -> store.addUser(name, user.credential(), user.roles()));
        return store;
    }

    /** A warning when users other than the owner may read or change {@code file}. */
    static Optional<String> permissionWarning(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.stream().noneMatch(SHARED::contains)) {
                return Optional.empty();
            }
            return Optional.of(file + ": the password file can be read or changed by other users ("
                    + PosixFilePermissions.toString(permissions) + "); make it private with: chmod 600 " + file);
        } catch (IOException e) {
            return Optional.of(file + ": cannot read the password file's permissions: " + e.getMessage());
        }
    }
}

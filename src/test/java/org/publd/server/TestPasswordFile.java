package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.util.security.Credential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;

class TestPasswordFile {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("passwd");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    private String refusal(String text) throws IOException {
        Path f = file(text);
        return assertThrows(PubldException.class, () -> PasswordFile.read(f)).getMessage();
    }

    private boolean accepts(String text, String user, String password) throws IOException {
        UserPrincipal u = PasswordFile.read(file(text)).userStore().getUserPrincipal(user);
        return u != null && u.authenticate(password);
    }

    @Test
    void emptyPasswordIsRefused() throws IOException {
        assertEquals(dir.resolve("passwd") + " line 2: user 'admin' has an empty password", refusal("# users\nadmin:\n"));
    }

    @Test
    void lineWithoutColonIsRefused() throws IOException {
        assertEquals(dir.resolve("passwd") + " line 1: expected 'user: password'", refusal("admin s3cret\n"));
    }

    @Test
    void fileWithoutUsersIsRefused() throws IOException {
        assertTrue(refusal("\n# nobody\n").contains("no users"));
    }

    @Test
    void userGivenTwiceIsRefused() throws IOException {
        assertTrue(refusal("admin: a\nadmin: b\n").contains("line 2: user 'admin' is already given on line 1"));
    }

    @Test
    void hashWithoutDigestIsRefused() throws IOException {
        assertTrue(refusal("admin: MD5:\n").contains("empty password"));
    }

    @Test
    void plainPasswordLogsIn() throws IOException {
        assertTrue(accepts("admin: s3cret, admin\n", "admin", "s3cret"));
        assertFalse(accepts("admin: s3cret\n", "admin", "wrong"));
    }

    @Test
    void hashedPasswordsLogIn() throws IOException {
        assertTrue(accepts("admin: " + Credential.MD5.digest("s3cret") + "\n", "admin", "s3cret"));
        assertTrue(accepts("admin: " + Credential.Crypt.crypt("admin", "s3cret") + "\n", "admin", "s3cret"));
        assertFalse(accepts("admin: " + Credential.MD5.digest("s3cret") + "\n", "admin", "MD5:" + Credential.MD5.digest("s3cret")));
    }

    @Test
    void fileOthersCanReadIsWarnedAbout() throws IOException {
        Path f = file("admin: s3cret\n");
        assertTrue(PasswordFile.permissionWarning(f).isEmpty());
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(PasswordFile.permissionWarning(f).orElseThrow().contains("chmod 600 " + f));
    }
}

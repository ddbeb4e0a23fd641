package org.jifen.api.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of an API key, {@code jf_<keyId>_<secret>}: a 12-character key id (lower-case letters
 * and digits, shown in listings and the audit log) and 256 random bits in base64url. Only the
 * SHA-256 of the whole key is stored; a presented key is checked by comparing hashes in constant
 * time ({@link MessageDigest#isEqual}).
 */
public final class ApiKeyFormat {

    static final String PREFIX = "jf_";
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{12}");
    private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** The longest key looked at; longer values are refused before hashing. */
    static final int MAX_LENGTH = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new key and its id. */
    public record Generated(String keyId, String key) {

        @Override
        public String toString() {
            return "Generated[keyId=" + keyId + "]";
        }
    }

    private ApiKeyFormat() {
    }

    public static Generated generate() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
        }
        String keyId = new String(id);
        return new Generated(keyId, PREFIX + keyId + "_" + secret());
    }

    /** 256 random bits, base64url without padding (43 characters). */
    static String secret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The key id of a presented key in the stored keys' form, or empty. */
    public static Optional<String> keyIdOf(String presented) {
        if (presented == null || presented.length() > MAX_LENGTH || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = presented.indexOf('_', PREFIX.length());
        if (end < 0 || end == presented.length() - 1) {
            return Optional.empty();
        }
        String keyId = presented.substring(PREFIX.length(), end);
        return KEY_ID.matcher(keyId).matches() ? Optional.of(keyId) : Optional.empty();
    }

    /** Whether {@code id} has the form of a stored key's id. */
    public static boolean isKeyId(String id) {
        return id != null && KEY_ID.matcher(id).matches();
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** Whether {@code presented} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String presented, byte[] storedHash) {
        return MessageDigest.isEqual(sha256(presented), storedHash);
    }
}

package org.markaz.hqexport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous ids (ADR 0020): HMAC-SHA256 of the record's kind and id under the centre's secret,
 * cut to 16 hex digits with a letter for the kind (C child, F family, K case). The same child has
 * the same id in every package of this centre; without the secret, which never leaves the
 * database, the id cannot be turned back into a record, nor guessed from the counting ids.
 */
final class Pseudonyms {

    private final Mac mac;

    Pseudonyms(byte[] secret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    String of(PackageRecordsRepository.Ref ref) {
        byte[] hash = mac.doFinal((ref.kind() + ":" + ref.id()).getBytes(StandardCharsets.UTF_8));
        String prefix = switch (ref.kind()) {
            case PackageRecordsRepository.Ref.CHILD -> "C";
            case PackageRecordsRepository.Ref.FAMILY -> "F";
            default -> "K";
        };
        return prefix + HexFormat.of().formatHex(hash, 0, 8);
    }
}

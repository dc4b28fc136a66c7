package org.markaz.aid;

/** An item of the catalogue as typed: its name in the three languages, kind, unit, expiry and monthly limit per family. */
public record ItemDetails(String nameEn, String nameRu, String nameTg, AidCategory category, AidUnit unit,
                          boolean tracksExpiry, Integer monthlyLimit) {
}

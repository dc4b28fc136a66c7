package org.markaz.aid;

/** A currency a grant may arrive in, recorded beside its amount in somoni with the rate used. */
public enum ForeignCurrency {
    USD, EUR, GBP, RUB
}

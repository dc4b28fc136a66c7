package org.markaz.core.i18n;

import org.jooq.impl.AbstractConverter;

/** Stores a {@link Language} by its code ("tg"), as app_user.language's CHECK list has it; jOOQ's code generator uses it. */
public final class LanguageConverter extends AbstractConverter<String, Language> {

    public LanguageConverter() {
        super(String.class, Language.class);
    }

    @Override
    public Language from(String code) {
        return code == null ? null : Language.fromCode(code);
    }

    @Override
    public String to(Language language) {
        return language == null ? null : language.code();
    }
}

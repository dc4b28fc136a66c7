package org.markaz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.markaz.core.db.DataDirectory;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.support.SupportInfo;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version}: the same details as Settings > About (version, data folder, database size,
 * last backup, Java, system), read from files so it works while the window is open.
 */
final class VersionProvider implements IVersionProvider {

    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("Markaz");
        lines.addAll(SupportInfo.fromFiles(DataDirectory.resolve(chosenDataDir()))
                .lines(new Localization(Language.ENGLISH)));
        return lines.toArray(String[]::new);
    }

    private Path chosenDataDir() {
        OptionSpec option = spec == null ? null : spec.findOption("--data-dir");
        return option == null ? null : option.getValue();
    }
}

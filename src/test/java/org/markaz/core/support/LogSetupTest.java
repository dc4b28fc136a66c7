package org.markaz.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {

    @TempDir
    Path logs;

    @Test
    void infoGoesToTheDayFileAndTheQueryLibrarysOnlyFromWarnings() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as the SLF4J binding gives it
        LogSetup.toFiles(context, logs);
        context.getLogger("org.markaz.core.demo.Samples").info("Sample share {} written in {} ms", "CoreSample", 12);
        context.getLogger("org.markaz.core.demo.Samples").debug("not kept");
        context.getLogger("org.jooq.Constants").info("not kept either");
        context.getLogger("org.flywaydb.core.Flyway").warn("kept: a warning");
        context.stop();
        List<String> lines = Files.readAllLines(logs.resolve("markaz.log"), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main] "
                + "org\\.markaz\\.core\\.demo\\.Samples - Sample share CoreSample written in 12 ms"), lines.get(0));
        assertTrue(lines.get(1).contains("WARN  [main] org.flywaydb.core.Flyway - kept: a warning"), lines.get(1));
    }

    @Test
    void theTestsOwnConfigurationComesFirst() {
        assertEquals(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY,
                new LogSetup().configure(new LoggerContext()));
    }
}

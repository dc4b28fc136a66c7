package org.markaz.testsupport;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.markaz.core.ui.DialogService;

/** Answers a ViewModel's questions as the test scripts them, and keeps what it was told and asked. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    public final Deque<Boolean> answers = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public Path folder;
    public final List<Path> files = new ArrayList<>();

    @Override
    public void showError(String message) {
        shown.add(message);
    }

    @Override
    public void showInformation(String message) {
        shown.add(message);
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(String message) {
        asked.add(message);
        return !answers.isEmpty() && answers.pop();
    }

    @Override
    public boolean confirmDangerous(String message) {
        return confirm(message);
    }

    @Override
    public Optional<String> askText(String message) {
        asked.add(message);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<char[]> askSecret(String message) {
        asked.add(message);
        return Optional.ofNullable(texts.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseBackupFile(String title) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String fileType, String pattern, boolean several) {
        asked.add(title);
        return List.copyOf(files);
    }

    @Override
    public Optional<Path> choosePdfToSave(String title, String suggestedName) {
        return Optional.ofNullable(folder).map(f -> f.resolve(suggestedName));
    }
}

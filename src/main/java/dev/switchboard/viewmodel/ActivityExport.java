package dev.switchboard.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Writes activity entries to a file for people and spreadsheets (the app writes CSV), off the caller's thread. */
@FunctionalInterface
public interface ActivityExport {

  CompletableFuture<Void> write(List<ActivityEntry> entries, Path file);
}

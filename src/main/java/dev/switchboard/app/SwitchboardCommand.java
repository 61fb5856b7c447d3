package dev.switchboard.app;

import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;

/** {@code switchboard}: with no command it opens the desktop app. */
@Command(
    name = "switchboard",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An admin desktop client generated from a backend's OpenAPI document.",
    subcommands = {DescribeCommand.class, RecordsCommand.class, DemoServerCommand.class})
final class SwitchboardCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Application.launch(SwitchboardApp.class);
    return 0;
  }
}

package dev.switchboard.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code switchboard}: with no command it opens the desktop app. */
@Command(
    name = "switchboard",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An admin desktop client generated from a backend's OpenAPI document.",
    subcommands = {DescribeCommand.class, RecordsCommand.class, DemoServerCommand.class})
final class SwitchboardCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  GuiOptions options = new GuiOptions();

  @Override
  public Integer call() {
    return launch(options, spec.commandLine().getParseResult().originalArgs(), spec.commandLine().getErr());
  }

  /** Opens the desktop app with these options, or says what is wrong with them (exit 2). */
  static int launch(GuiOptions options, List<String> args, java.io.PrintWriter err) {
    Optional<String> problem = options.problem();
    if (problem.isPresent()) {
      err.println("switchboard: " + problem.get());
      return 2;
    }
    StartupReport.forArgs(args).mark("launch");
    // JavaFX builds the app itself, so the options travel as its raw parameters and are read again there.
    Application.launch(SwitchboardApp.class, args.toArray(String[]::new));
    return 0;
  }

  /** The app's own reading of the options it was launched with. */
  static GuiOptions parse(List<String> raw) {
    GuiOptions parsed = new GuiOptions();
    new picocli.CommandLine(parsed).setCaseInsensitiveEnumValuesAllowed(true)
        .parseArgs(new ArrayList<>(raw).toArray(String[]::new));
    return parsed;
  }
}

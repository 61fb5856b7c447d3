package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Session;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.Diagnostic;
import dev.switchboard.model.SecurityDef;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connecting, step by step: fetching and understanding the document, opening the backend, logging in. The
 * steps show their progress; Cancel stops whatever is under way; a failure says what happened and leaves what
 * was typed in place. Diagnostics from the schema engine are counted and viewable, never blocking.
 */
public final class ConnectionViewModel {

  /** Where the connection stands. */
  public enum Phase { IDLE, READING, LOGIN, LOGGING_IN, CONNECTED, FAILED }

  /** The state of one step on the connecting screen. */
  public enum StepState { WAITING, RUNNING, DONE, FAILED }

  /** One step, with its state. */
  public record Step(String label, ObjectProperty<StepState> state) {}

  private final Connector connector;
  private final Executor ui;
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Optional<Connection>> connection = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<LoginViewModel>> login = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Optional<Connector.DemoAccount>> demoAccount =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyStringWrapper diagnosticsSummary = new ReadOnlyStringWrapper("");
  private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
  private final Step fetching = step("Fetching the API description");
  private final Step reading = step("Understanding it");
  private final Step loggingIn = step("Logging in");
  private final ObservableList<Step> steps = FXCollections.observableArrayList(fetching, reading, loggingIn);
  private CompletableFuture<?> underWay;

  public ConnectionViewModel(Connector connector, Executor ui) {
    this.connector = connector;
    this.ui = ui;
  }

  private static Step step(String label) {
    return new Step(label, new SimpleObjectProperty<>(StepState.WAITING));
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<Connection>> connectionProperty() {
    return connection.getReadOnlyProperty();
  }

  /** The login form, once the document says how to log in. */
  public ReadOnlyObjectProperty<Optional<LoginViewModel>> loginProperty() {
    return login.getReadOnlyProperty();
  }

  /** What is being connected to, for people: the location as typed, or "the demo call center". */
  public ReadOnlyStringProperty targetProperty() {
    return target.getReadOnlyProperty();
  }

  /** The demo account being opened, when the connection is to the demo. */
  public ReadOnlyObjectProperty<Optional<Connector.DemoAccount>> demoAccountProperty() {
    return demoAccount.getReadOnlyProperty();
  }

  public ObservableList<Step> steps() {
    return steps;
  }

  /** "3 parts of the API could not be understood", or empty. */
  public ReadOnlyStringProperty diagnosticsSummaryProperty() {
    return diagnosticsSummary.getReadOnlyProperty();
  }

  public ObservableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public List<Connector.DemoAccount> demoAccounts() {
    return connector.demoAccounts();
  }

  /** Reads the API at {@code location}, then waits for the person to log in (or connects if it needs none). */
  public void connect(String location) {
    begin();
    target.set(location.trim());
    follow(connector.readApi(location.trim()), Optional.empty());
  }

  /** Starts the demo, reads its API and logs in as {@code account}, all without asking. */
  public void openDemo(Connector.DemoAccount account) {
    begin();
    target.set("the demo call center");
    demoAccount.set(Optional.of(account));
    follow(connector.startDemo().thenCompose(connector::readApi), Optional.of(account));
  }

  /** An API read and a connection opened to it. */
  private record Opened(AdminApi api, Connection connection) {}

  /** Opening the connection failed after the document was read (a reading step, not a fetching one). */
  private static final class OpenFailed extends RuntimeException {
    OpenFailed(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * Opens the connection where the document was read, off the UI thread (building an HTTP client loads TLS),
   * and comes back to the UI thread with both.
   */
  private void follow(CompletableFuture<AdminApi> read, Optional<Connector.DemoAccount> demo) {
    CompletableFuture<Opened> opened = read.thenApply(api -> {
      try {
        return new Opened(api, connector.open(api));
      } catch (RuntimeException e) {
        throw new OpenFailed(e);
      }
    });
    underWay = opened;
    opened.whenComplete((both, failure) -> {
      if (opened.isCancelled()) {
        read.cancel(true); // Cancel reaches the download too
      }
    });
    opened.whenCompleteAsync((both, failure) -> afterOpen(both, failure, demo), ui);
  }

  private void begin() {
    close();
    demoAccount.set(Optional.empty());
    error.set("");
    diagnostics.clear();
    diagnosticsSummary.set("");
    steps.forEach(s -> s.state().set(StepState.WAITING));
    fetching.state().set(StepState.RUNNING);
    phase.set(Phase.READING);
  }

  private void afterOpen(Opened both, Throwable failure, Optional<Connector.DemoAccount> demo) {
    if (phase.get() != Phase.READING) {
      if (both != null) {
        both.connection().close(); // cancelled meanwhile: nobody will use it
      }
      return;
    }
    if (failure != null) {
      Optional<OpenFailed> openFailed = cause(failure, OpenFailed.class);
      if (openFailed.isPresent()) {
        fetching.state().set(StepState.DONE);
        fail(reading, openFailed.get().getCause());
      } else {
        fail(fetching, failure);
      }
      return;
    }
    AdminApi api = both.api();
    Connection opened = both.connection();
    fetching.state().set(StepState.DONE);
    reading.state().set(StepState.DONE);
    diagnostics.setAll(api.diagnostics());
    diagnosticsSummary.set(summary(api.diagnostics()));
    connection.set(Optional.of(opened));
    if (api.security().stream().noneMatch(s -> s.type() != SecurityDef.Type.UNSUPPORTED)) {
      loggingIn.state().set(StepState.DONE);
      phase.set(Phase.CONNECTED);
      return;
    }
    LoginViewModel form = new LoginViewModel(api, opened.authentication(), ui);
    login.set(Optional.of(form));
    if (demo.isPresent()) {
      form.usernameProperty().set(demo.get().username());
      form.passwordProperty().set(demo.get().password());
      logIn();
    } else {
      phase.set(Phase.LOGIN);
    }
  }

  /** Submits the login form; on success the connection is ready, on failure the form shows why. */
  public CompletableFuture<Session> logIn() {
    LoginViewModel form = login.get().orElseThrow();
    loggingIn.state().set(StepState.RUNNING);
    phase.set(Phase.LOGGING_IN);
    CompletableFuture<Session> result = form.submit();
    underWay = result;
    result.whenCompleteAsync((session, failure) -> {
      if (phase.get() != Phase.LOGGING_IN) {
        return;
      }
      if (failure != null) {
        loggingIn.state().set(StepState.FAILED);
        phase.set(Phase.LOGIN);
      } else {
        loggingIn.state().set(StepState.DONE);
        phase.set(Phase.CONNECTED);
      }
    }, ui);
    return result;
  }

  /** Stops what is under way; what was typed stays. */
  public void cancel() {
    boolean connected = phase.get() == Phase.CONNECTED;
    if (!connected) {
      // First, so that an answer to what is cancelled below (it may come at once) is taken as stale.
      phase.set(Phase.IDLE);
    }
    if (underWay != null) {
      underWay.cancel(true);
    }
    login.get().ifPresent(LoginViewModel::cancel);
    steps.forEach(s -> {
      if (s.state().get() == StepState.RUNNING) {
        s.state().set(StepState.WAITING);
      }
    });
    if (!connected) {
      close();
    }
  }

  /** Switch user: logs the person out and asks for a login again on the same backend, its document kept. */
  public void switchUser() {
    Optional<Connection> open = connection.get();
    if (open.isEmpty() || phase.get() != Phase.CONNECTED) {
      return;
    }
    open.get().authentication().logOut();
    demoAccount.set(Optional.empty()); // whoever logs in now types their own name and password
    login.set(Optional.of(new LoginViewModel(open.get().api(), open.get().authentication(), ui)));
    loggingIn.state().set(StepState.WAITING);
    phase.set(Phase.LOGIN);
  }

  /** Leaves a connected backend (logging out is the caller's): back to the start, nothing under way. */
  public void disconnect() {
    if (underWay != null) {
      underWay.cancel(true);
    }
    close();
    steps.forEach(s -> s.state().set(StepState.WAITING));
    phase.set(Phase.IDLE);
  }

  private void close() {
    connection.get().ifPresent(Connection::close);
    connection.set(Optional.empty());
    login.set(Optional.empty());
  }

  private void fail(Step step, Throwable failure) {
    step.state().set(StepState.FAILED);
    error.set(message(failure));
    phase.set(Phase.FAILED);
  }

  /** The people-sentence of a failure: an ApiProblem's, or the message of what the connector threw. */
  static String message(Throwable failure) {
    Optional<ApiProblem> problem = ApiProblem.in(failure);
    if (problem.isPresent()) {
      return problem.get().getMessage();
    }
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof CancellationException) {
      return "Cancelled.";
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  private static String summary(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "";
    }
    long errors = diagnostics.stream().filter(d -> d.level() == Diagnostic.Level.ERROR).count();
    return diagnostics.size() == 1 ? "1 part of the API could not be fully understood"
        : diagnostics.size() + " parts of the API could not be fully understood"
            + (errors > 0 ? " (" + errors + " serious)" : "");
  }
}

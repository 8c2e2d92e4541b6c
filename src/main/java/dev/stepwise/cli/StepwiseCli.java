package dev.stepwise.cli;

import com.typesafe.config.ConfigFactory;
import dev.stepwise.entity.JournalReader;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code stepwise} root command (also {@code kubectl stepwise}): kubeconfig options plus the
 * rollout subcommands. The integrator adds {@code controller}, {@code sandbox} and {@code demo}
 * through {@link #addSubcommand} and runs it with {@link #execute}.
 */
@Command(
    name = "stepwise",
    mixinStandardHelpOptions = true,
    versionProvider = StepwiseCli.Version.class,
    description = "Progressive delivery for the Argo Rollouts API.",
    subcommands = {
      GetCommand.class,
      PromoteCommand.class,
      AbortCommand.class,
      RetryCommand.class,
      PauseCommand.class,
      ResumeCommand.class,
      SetCommand.class,
      HistoryCommand.class,
      StatusCommand.class,
      ListCommand.class,
      UndoCommand.class,
      RestartCommand.class,
      LintCommand.class,
      ClusterCommand.class
    })
public final class StepwiseCli implements Runnable {

  @Option(
      names = {"-n", "--namespace"},
      scope = ScopeType.INHERIT,
      description = "Namespace (default: the kubeconfig context's namespace, else \"default\")")
  String namespace;

  @Option(
      names = "--kubeconfig",
      scope = ScopeType.INHERIT,
      description = "Path to the kubeconfig file")
  String kubeconfig;

  @Option(
      names = "--context",
      scope = ScopeType.INHERIT,
      description = "The kubeconfig context to use")
  String context;

  private final PrintWriter out;
  private final PrintWriter err;
  private final CommandLine commandLine;
  private ClientFactory clientFactory = ClientFactory.DEFAULT;
  private Supplier<JournalReader> journal = () -> JournalReader.open(ConfigFactory.load());
  private Clock clock = Clock.systemUTC();
  private CompletableFuture<?> stopSignal = new CompletableFuture<>();
  private KubernetesClient client;

  /** A CLI printing to {@code out} and {@code err}, with the default client and journal. */
  public StepwiseCli(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
    this.commandLine = new CommandLine(this);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(this::onBadArguments);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> onFailure(e));
  }

  /** Entry point of {@code bin/stepwise}. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(new StepwiseCli(out, err).execute(args));
  }

  /** Replaces how Kubernetes clients are made (tests pass the mock server's client). */
  public StepwiseCli withClientFactory(ClientFactory factory) {
    this.clientFactory = factory;
    return this;
  }

  /** Replaces how the journal is opened for {@code history}. */
  public StepwiseCli withJournal(Supplier<JournalReader> journal) {
    this.journal = journal;
    return this;
  }

  /** Replaces the clock used for ages and durations. */
  public StepwiseCli withClock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Watch modes end when this completes (otherwise they run until the process is stopped). */
  public StepwiseCli withStopSignal(CompletableFuture<?> stop) {
    this.stopSignal = stop;
    return this;
  }

  /** Adds a subcommand (an object annotated with picocli's {@code @Command}). */
  public StepwiseCli addSubcommand(String name, Object command) {
    commandLine.addSubcommand(name, command);
    return this;
  }

  /** Runs the command line and returns the exit code; the client is closed afterwards. */
  public int execute(String... args) {
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
      if (client != null) {
        client.close();
        client = null;
      }
    }
  }

  @Override
  public void run() {
    commandLine.usage(out);
  }

  /** Where commands print their results. */
  public PrintWriter out() {
    return out;
  }

  /** Where commands print errors and warnings. */
  public PrintWriter err() {
    return err;
  }

  /** The clock for ages and durations. */
  public Clock clock() {
    return clock;
  }

  /** Completes when a watch should stop. */
  public CompletableFuture<?> stopSignal() {
    return stopSignal;
  }

  /** Opens the rollout journal. */
  public JournalReader openJournal() {
    return journal.get();
  }

  /** The Kubernetes client for the chosen kubeconfig and context, made on first use. */
  public KubernetesClient client() {
    if (client == null) {
      client = clientFactory.create(new ClientFactory.KubeOptions(kubeconfig, context));
    }
    return client;
  }

  /** The namespace to work in: {@code -n}, else the context's namespace, else "default". */
  public String namespace() {
    if (namespace != null && !namespace.isBlank()) {
      return namespace;
    }
    String fromContext =
        client != null
            ? client.getNamespace()
            : clientFactory.defaultNamespace(new ClientFactory.KubeOptions(kubeconfig, context));
    return fromContext == null || fromContext.isBlank() ? "default" : fromContext;
  }

  private int onBadArguments(CommandLine.ParameterException e, String[] args) {
    err.println(
        "Error: "
            + e.getMessage()
            + " (see '"
            + e.getCommandLine().getCommandSpec().qualifiedName()
            + " --help')");
    return 2;
  }

  private int onFailure(Exception e) {
    if (e instanceof CommandLine.ParameterException bad) {
      return onBadArguments(bad, new String[0]);
    }
    err.println("Error: " + Errors.describe(e));
    return 1;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stepwise " + number()};
    }

    static String number() {
      String v = StepwiseCli.class.getPackage().getImplementationVersion();
      return v == null ? "0.1.0-SNAPSHOT" : v;
    }
  }
}

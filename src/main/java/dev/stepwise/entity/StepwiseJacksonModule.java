package dev.stepwise.entity;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.stepwise.domain.RolloutCommand;

/**
 * Jackson (2, Pekko's) module registered in reference.conf: gives the sealed domain interfaces that
 * appear as field types the type information Jackson needs, via mix-ins, because the domain may not
 * import Jackson.
 */
public final class StepwiseJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public StepwiseJacksonModule() {
    super("stepwise");
    // Logical names, not class names, so a record can move or be renamed without breaking the wire.
    setMixInAnnotation(RolloutCommand.class, RolloutCommandMixin.class);
    // Untyped values (an analysis metric's provider config is Map<String, Object>) come back as
    // Java maps and lists: Pekko's Scala module would otherwise make them Scala collections,
    // which the providers cannot read after a replay (RunJournalSerializationTest).
    addDeserializer(Object.class, new UntypedObjectDeserializer(null, null));
    // Times as the same text, without a DateTimeFormatter: a restart parses every event's times
    // (InstantCodec). Registered after the JSR-310 module, so these take precedence.
    addDeserializer(java.time.Instant.class, new InstantCodec.Reader());
    addSerializer(java.time.Instant.class, new InstantCodec.Writer());
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = RolloutCommand.Observe.class, name = "Observe"),
    @JsonSubTypes.Type(value = RolloutCommand.ObserveDeleted.class, name = "ObserveDeleted"),
    @JsonSubTypes.Type(
        value = RolloutCommand.ObserveReplicaSets.class,
        name = "ObserveReplicaSets"),
    @JsonSubTypes.Type(value = RolloutCommand.Tick.class, name = "Tick"),
    @JsonSubTypes.Type(value = RolloutCommand.StatusWritten.class, name = "StatusWritten"),
    @JsonSubTypes.Type(
        value = RolloutCommand.PromotionGateReported.class,
        name = "PromotionGateReported"),
    @JsonSubTypes.Type(value = RolloutCommand.AnalysisReported.class, name = "AnalysisReported")
  })
  private interface RolloutCommandMixin {}
}

package org.commonplace.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the portal's JVM is broken in a way only a restart mends: threads deadlocked, the
 * managed executor no longer running tasks, or the heap nearly full even after garbage collection.
 * Elasticsearch is deliberately not asked: when it is down the portal is unready, and restarting
 * the portal would not bring it back, only add a slow start to the outage.
 */
@Liveness
@ApplicationScoped
public class JvmLiveness implements HealthCheck {

  static final String NAME = "portal-jvm";

  /**
   * A healthy executor starts a trivial task within milliseconds, even on a busy machine; one that
   * has not in two seconds is stuck. Short enough to answer within an orchestrator's probe timeout.
   */
  static final Duration TASK_WAIT = Duration.ofSeconds(2);

  /**
   * Heap still in use after a collection, as a share of the maximum: above this the JVM spends its
   * time collecting and is about to fail with OutOfMemoryError.
   */
  static final double HEAP_LIMIT = 0.95;

  private static final Logger LOG = Logger.getLogger(JvmLiveness.class.getName());

  @Resource ManagedExecutorService executor;

  // the probes, each replaceable by a test that makes it fail
  Supplier<List<String>> deadlockedThreads = JvmProbes::deadlockedThreads;
  BooleanSupplier executorRunsTasks = () -> JvmProbes.runsATask(executor, TASK_WAIT);
  DoubleSupplier heapUsedAfterCollection = JvmProbes::heapUsedAfterLastCollection;

  @Override
  public HealthCheckResponse call() {
    List<String> deadlocked = deadlockedThreads.get();
    boolean runsTasks = executorRunsTasks.getAsBoolean();
    double heap = heapUsedAfterCollection.getAsDouble();
    boolean alive = deadlocked.isEmpty() && runsTasks && heap < HEAP_LIMIT;
    if (!alive) {
      LOG.warning(
          () ->
              "The portal's JVM is not alive: deadlocked threads "
                  + deadlocked
                  + ", executor runs tasks "
                  + runsTasks
                  + ", heap used after collection "
                  + percent(heap)
                  + " %");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("deadlockedThreads", (long) deadlocked.size());
    data.put("executorRunsTasks", runsTasks);
    data.put("heapUsedAfterCollectionPercent", percent(heap));
    return new HealthCheckResponse(
        NAME,
        alive ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }

  private static long percent(double share) {
    return Math.round(share * 100);
  }
}

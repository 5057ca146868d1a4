package org.commonplace.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each probe made to fail on its own; the check is down exactly when one does. */
class JvmLivenessTest {

  private JvmLiveness liveness;

  @BeforeEach
  void healthyJvm() {
    liveness = new JvmLiveness();
    liveness.deadlockedThreads = List::of;
    liveness.executorRunsTasks = () -> true;
    liveness.heapUsedAfterCollection = () -> 0.40;
  }

  @Test
  void shouldBeUpWithItsNameWhenNoProbeFails() {
    HealthCheckResponse answer = liveness.call();

    assertThat(answer.getName()).isEqualTo("portal-jvm");
    assertThat(answer.getStatus()).isEqualTo(Status.UP);
    assertThat(answer.getData())
        .hasValueSatisfying(
            data ->
                assertThat(data)
                    .containsEntry("deadlockedThreads", 0L)
                    .containsEntry("executorRunsTasks", true)
                    .containsEntry("heapUsedAfterCollectionPercent", 40L));
  }

  @Nested
  @DisplayName("when the JVM is broken in a way a restart mends")
  class Broken {

    @Test
    void shouldBeDownWhenThreadsAreDeadlocked() {
      liveness.deadlockedThreads = () -> List.of("worker-1", "worker-2");

      HealthCheckResponse answer = liveness.call();

      assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
      assertThat(answer.getData().orElseThrow()).containsEntry("deadlockedThreads", 2L);
    }

    @Test
    void shouldBeDownWhenTheExecutorRunsNoTask() {
      liveness.executorRunsTasks = () -> false;

      HealthCheckResponse answer = liveness.call();

      assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
      assertThat(answer.getData().orElseThrow()).containsEntry("executorRunsTasks", false);
    }

    @Test
    void shouldBeDownWhenTheHeapIsNearlyFullAfterCollection() {
      liveness.heapUsedAfterCollection = () -> JvmLiveness.HEAP_LIMIT;

      HealthCheckResponse answer = liveness.call();

      assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
      assertThat(answer.getData().orElseThrow())
          .containsEntry("heapUsedAfterCollectionPercent", 95L);
    }
  }

  @Nested
  @DisplayName("when the JVM is busy but sound")
  class Sound {

    @Test
    void shouldStayUpWithTheHeapJustUnderTheLimit() {
      liveness.heapUsedAfterCollection = () -> JvmLiveness.HEAP_LIMIT - 0.01;

      assertThat(liveness.call().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void shouldAskNothingOfElasticsearchSoItsOutageNeverRestartsThePortal() {
      List<String> reachable =
          Arrays.stream(JvmLiveness.class.getDeclaredFields())
              .map(Field::getType)
              .map(Class::getName)
              .toList();

      assertThat(reachable)
          .allSatisfy(
              type ->
                  assertThat(type)
                      .doesNotStartWith("co.elastic")
                      .doesNotStartWith("org.commonplace.platform.record")
                      .doesNotStartWith("org.commonplace.search"));
    }
  }
}

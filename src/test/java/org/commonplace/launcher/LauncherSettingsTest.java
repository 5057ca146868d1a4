package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

  /** What the run profile always passes, plus the JVM's own user.home. */
  private static Map<String, String> runProfile() {
    Map<String, String> properties = new HashMap<>();
    properties.put("user.home", "/home/ada");
    properties.put("commonplace.es.dist", "/cache/elasticsearch-8.19.21");
    properties.put("commonplace.payara.jar", "/m2/payara-micro.jar");
    properties.put("commonplace.war", "/repo/target/commonplace.war");
    properties.put("commonplace.content", "/repo/content");
    properties.put("commonplace.payara.preboot", "/repo/src/main/payara/pre-boot-commands.asadmin");
    return properties;
  }

  @Nested
  @DisplayName("when nothing is configured")
  class Defaults {

    @Test
    void shouldUseTheDocumentedDefaults() throws LaunchException {
      LauncherSettings settings = LauncherSettings.resolve(runProfile(), Map.of());

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(settings.home()).isEqualTo(Path.of("/home/ada/.commonplace"));
            softly.assertThat(settings.portalHost().text()).isEqualTo("127.0.0.1");
            softly.assertThat(settings.portalHost().loopbackOnly()).isTrue();
            softly.assertThat(settings.demoAccounts()).isFalse();
            softly.assertThat(settings.portalPort()).isEqualTo(8080);
            softly.assertThat(settings.elasticsearchPort()).isEqualTo(9200);
            softly.assertThat(settings.elasticsearchUrl()).isEmpty();
            softly.assertThat(settings.elasticsearchHeap()).isEqualTo("1g");
            softly
                .assertThat(settings.elasticsearchHome())
                .isEqualTo(Path.of("/home/ada/.commonplace/elasticsearch"));
          });
    }

    @Test
    void shouldTakeTheBuildsArtifactsFromTheRunProfile() throws LaunchException {
      LauncherSettings settings = LauncherSettings.resolve(runProfile(), Map.of());

      SoftAssertions.assertSoftly(
          softly -> {
            softly
                .assertThat(settings.elasticsearchDistribution())
                .isEqualTo(Path.of("/cache/elasticsearch-8.19.21"));
            softly.assertThat(settings.payaraJar()).isEqualTo(Path.of("/m2/payara-micro.jar"));
            softly.assertThat(settings.war()).isEqualTo(Path.of("/repo/target/commonplace.war"));
            softly.assertThat(settings.contentDirectory()).isEqualTo(Path.of("/repo/content"));
            softly
                .assertThat(settings.payaraPrebootCommands())
                .isEqualTo(Path.of("/repo/src/main/payara/pre-boot-commands.asadmin"));
          });
    }
  }

  @Nested
  @DisplayName("when a setting comes from both a system property and the environment")
  class Precedence {

    @Test
    void shouldPreferTheSystemProperty() throws LaunchException {
      Map<String, String> properties = runProfile();
      properties.put("commonplace.port", "8181");

      LauncherSettings settings =
          LauncherSettings.resolve(properties, Map.of("COMMONPLACE_PORT", "8282"));

      assertThat(settings.portalPort()).isEqualTo(8181);
    }

    @Test
    void shouldUseTheEnvironmentWhenNoPropertyIsSet() throws LaunchException {
      Map<String, String> environment =
          Map.of(
              "COMMONPLACE_HOME", "/srv/commonplace",
              "COMMONPLACE_ES_PORT", "9201",
              "COMMONPLACE_ES_URL", "http://search:9200");

      LauncherSettings settings = LauncherSettings.resolve(runProfile(), environment);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(settings.home()).isEqualTo(Path.of("/srv/commonplace"));
            softly.assertThat(settings.elasticsearchPort()).isEqualTo(9201);
            softly.assertThat(settings.elasticsearchUrl()).contains("http://search:9200");
          });
    }

    @Test
    void shouldOpenThePortalAndAllowDemoAccountsFromTheEnvironment() throws LaunchException {
      Map<String, String> environment =
          Map.of("COMMONPLACE_HOST", "0.0.0.0", "COMMONPLACE_DEMO_ACCOUNTS", "TRUE");

      LauncherSettings settings = LauncherSettings.resolve(runProfile(), environment);

      assertThat(settings.portalHost().loopbackOnly()).isFalse();
      assertThat(settings.demoAccounts()).isTrue();
    }

    @Test
    void shouldTreatABlankValueAsNotSet() throws LaunchException {
      Map<String, String> properties = runProfile();
      properties.put("commonplace.es.url", " ");

      LauncherSettings settings =
          LauncherSettings.resolve(properties, Map.of("COMMONPLACE_PORT", ""));

      assertThat(settings.elasticsearchUrl()).isEmpty();
      assertThat(settings.portalPort()).isEqualTo(8080);
    }

    @Test
    void shouldReadTheHeapOnlyFromASystemProperty() throws LaunchException {
      Map<String, String> properties = runProfile();
      properties.put("commonplace.es.heap", "2g");

      assertThat(LauncherSettings.resolve(properties, Map.of()).elasticsearchHeap())
          .isEqualTo("2g");
    }
  }

  @Nested
  @DisplayName("when a setting is wrong or missing")
  class Invalid {

    @Test
    void shouldNameTheSettingWhoseValueIsNotAPort() {
      assertThatThrownBy(
              () -> LauncherSettings.resolve(runProfile(), Map.of("COMMONPLACE_ES_PORT", "92OO")))
          .isInstanceOf(LaunchException.class)
          .hasMessage("commonplace.es.port must be a port number from 1 to 65535, not '92OO'");
    }

    @Test
    void shouldNameTheFlagWhoseValueIsNeitherTrueNorFalse() {
      Map<String, String> properties = runProfile();
      properties.put("commonplace.demo-accounts", "yes");

      assertThatThrownBy(() -> LauncherSettings.resolve(properties, Map.of()))
          .isInstanceOf(LaunchException.class)
          .hasMessage("commonplace.demo-accounts must be true or false, not 'yes'");
    }

    @Test
    void shouldNameTheHostSettingWhenItIsNotAnAddressOfThisMachine() {
      assertThatThrownBy(
              () ->
                  LauncherSettings.resolve(runProfile(), Map.of("COMMONPLACE_HOST", "203.0.113.7")))
          .isInstanceOf(LaunchException.class)
          .hasMessageStartingWith("commonplace.host must be an address of this machine");
    }

    @Test
    void shouldRejectAPortOutOfRange() {
      Map<String, String> properties = runProfile();
      properties.put("commonplace.port", "70000");

      assertThatThrownBy(() -> LauncherSettings.resolve(properties, Map.of()))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("commonplace.port must be a port number");
    }

    @Test
    void shouldSendThePersonToMvnPrunWhenTheRunProfileDidNotStartIt() {
      Map<String, String> properties = runProfile();
      properties.remove("commonplace.war");

      assertThatThrownBy(() -> LauncherSettings.resolve(properties, Map.of()))
          .isInstanceOf(LaunchException.class)
          .hasMessage(
              "The system property commonplace.war is not set:"
                  + " run 'mvn -Prun' from the repository root");
    }
  }
}

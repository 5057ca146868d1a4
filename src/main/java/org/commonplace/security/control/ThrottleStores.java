package org.commonplace.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javax.cache.CacheManager;

/** Chooses where the sign-in throttle keeps its counts and locks, once per portal instance. */
@ApplicationScoped
public class ThrottleStores {

  private static final Logger LOG = Logger.getLogger(ThrottleStores.class.getName());

  @Inject Clock clock;

  /** Singleton, not a normal scope: nothing to proxy, and the choice is made once. */
  @Produces
  @Singleton
  ThrottleStore store() {
    Optional<CacheManager> grid = GridThrottleStore.payara();
    if (grid.isPresent()) {
      LOG.info("Sign-in throttling is shared by every instance of this Payara data grid");
      return new GridThrottleStore(
          grid.get(), SignInThrottle.MAX_RECORDS, SignInThrottle.MAX_LOCKS);
    }
    LOG.warning(
        "Payara's data grid is off (--nohazelcast): sign-in throttling counts in this instance"
            + " only, so each further instance behind a load balancer adds as many guesses");
    return new LocalThrottleStore(clock, SignInThrottle.MAX_RECORDS, SignInThrottle.MAX_LOCKS);
  }
}

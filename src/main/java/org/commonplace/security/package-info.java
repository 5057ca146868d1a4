/**
 * Signing in and out, joining by invitation, second factors, personal API tokens and the audit log
 * of every attempt.
 *
 * <p>Design of the sign-in throttle ({@code control.SignInThrottle}): the rules (free failures,
 * growing delays, account and address locks, a per-address rate) are plain Java over a {@code
 * ThrottleStore}, tested with a clock moved by hand. In Payara Micro the store is two JCache caches
 * on its data grid (Hazelcast), so every portal instance of one cluster counts the same failures:
 * values are short strings changed by compare-and-replace, which no instance needs a class of this
 * WAR to read. Counts and locks are kept in separate caches, both forgetting entries a fixed time
 * after their last change and both bounded by Hazelcast's sampled eviction: a flood of new accounts
 * or addresses can only push out counts, and only real lock-outs write locks. Payara Micro's {@code
 * --nocluster} still runs the data grid, as a cluster of one; only with {@code --nohazelcast} does
 * the throttle fall back to the same bounded store inside the instance.
 */
package org.commonplace.security;

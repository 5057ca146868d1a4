/**
 * Whether the portal's own JVM is alive, for {@code /health/live}: the question an orchestrator
 * asks before restarting the portal. Readiness (can it serve now: Elasticsearch, the search index)
 * lives with what it checks, in {@code platform.record} and {@code search}.
 */
package org.commonplace.platform.health;

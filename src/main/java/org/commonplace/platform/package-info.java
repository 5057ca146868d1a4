/**
 * What every feature shares: the record store over the record index (ids, conditional writes, the
 * outbox of changes to project), the Elasticsearch client, Markdown rendering and sanitising, the
 * JSON API's error format and preconditions, message bundles and the clock.
 */
package org.commonplace.platform;

/**
 * What every feature shares: the Elasticsearch client and the record index, Markdown rendering and
 * sanitising, the JSON API's error format, message bundles and the clock.
 */
package org.commonplace.platform;

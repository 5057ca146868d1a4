/**
 * Starts a working portal on a developer's machine ({@code mvn -Prun}) and gives the integration
 * tests a real Elasticsearch.
 *
 * <p>It lives in its own test source root so it never enters the WAR, and uses nothing but the JDK
 * so Maven's JVM can run it without extra dependencies. Design decisions:
 *
 * <ul>
 *   <li>Elasticsearch runs from the unpacked distribution, which may stay read-only and owned by
 *       root: each instance gets its own configuration directory ({@code ES_PATH_CONF}) holding the
 *       keystore and the Hunspell dictionaries, and its own data and log directories.
 *   <li>Elasticsearch refuses to run as root, so as root it runs as the system user {@code
 *       commonplace-es}, created on first use.
 *   <li>Child processes write to log files, never to our console: a person sees a short summary
 *       and, when something fails, one line naming the log to read.
 *   <li>Stopping a child stops its whole process tree, because the Elasticsearch script starts a
 *       CLI JVM that starts the server JVM, and {@code runuser} sits above both.
 *   <li>Elasticsearch is supervised: a node that dies is started again on the same port and data
 *       ({@link org.commonplace.launcher.RestartPolicy} says when, and when to give up), while the
 *       portal keeps running. A dead Payara Micro stops everything, as there is nothing to serve.
 *   <li>Everything listens on loopback unless {@code commonplace.host} says otherwise, and then the
 *       demo accounts, whose passwords are public, are not imported unless asked for. The operator
 *       token stays in its owner-only file: the console names the file, never the token.
 * </ul>
 */
package org.commonplace.launcher;

/**
 * Who may do what: the one place that decides. Every page action, API endpoint and search asks
 * {@code AccessPolicy}; nothing decides by hiding a button.
 *
 * <p>Design: the decision is a pure function of the viewer (who they are, their networks and roles)
 * and the scope acted on (the site, a network, a story), so the whole authorization matrix is
 * tested without a server. Members-only networks' material is invisible to everyone outside the
 * network, site admins included: admins run the portal, they do not read every network's stories.
 */
package org.commonplace.access;

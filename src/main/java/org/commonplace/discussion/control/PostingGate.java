package org.commonplace.discussion.control;

import org.commonplace.access.entity.Viewer;

/**
 * What moderation decides about a member posting in a network: whether they are suspended, and
 * whether their post waits for approval. Implemented by the moderation feature, so that the
 * discussion depends on no one; without an implementation everyone posts at once.
 */
public interface PostingGate {

  Admission admit(Viewer viewer, String networkId);
}

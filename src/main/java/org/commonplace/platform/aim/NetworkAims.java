package org.commonplace.platform.aim;

import java.util.List;

/**
 * The shared aims a network's narrative names, for the features whose items say which aim they
 * advance (stories, lessons). The narrative feature implements it; the others depend on this
 * interface only, so the arrows between features keep pointing one way.
 */
public interface NetworkAims {

  /** The aims of the network's current narrative, in its order; empty when it has none. */
  List<NamedAim> of(String networkId);

  /** One aim: its stable id and its current title. */
  record NamedAim(String id, String title) {}
}

package org.commonplace.narrative.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.aim.NetworkAims;
import org.commonplace.platform.record.RecordStores;

/**
 * The aims of a network's current narrative, for stories and lessons that say which aim they
 * advance. Read by id (realtime), so an aim added a moment ago is offered on the next edit page.
 * Whoever asks has already decided the viewer may write in the network; aims are its shared names.
 */
@ApplicationScoped
public class NarrativeAims implements NetworkAims {

  @Inject RecordStores stores;

  @Override
  public List<NamedAim> of(String networkId) {
    if (networkId == null || networkId.isBlank()) {
      return List.of();
    }
    return stores
        .of(Narrative.KIND)
        .get(networkId)
        .map(n -> n.aims().stream().map(a -> new NamedAim(a.id(), a.title())).toList())
        .orElse(List.of());
  }
}

package org.commonplace.platform.record;

import java.util.Optional;

/**
 * Two records read in one round trip by {@link RecordStore#findTogether}, each as {@link
 * RecordStore#find} would have answered it.
 */
public record FoundTogether<A, B>(Optional<Versioned<A>> first, Optional<Versioned<B>> second) {}

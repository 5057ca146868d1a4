package org.commonplace.content.entity;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One network's narrative as its content files: each version's file text by its number. */
@Schema(
    name = "NarrativeFiles",
    description = "Every version of a network's shared narrative as its file, by number")
public record NarrativeFiles(String networkId, Map<String, String> versions) {}

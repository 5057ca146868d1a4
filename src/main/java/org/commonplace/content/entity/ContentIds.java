package org.commonplace.content.entity;

import java.util.List;

/**
 * The ids of every record of one kind (lessons, narratives' networks), to export them one by one.
 */
public record ContentIds(List<String> ids) {}

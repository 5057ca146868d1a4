package org.commonplace.content.entity;

import java.util.List;

/** What an import did: the story ids imported, those skipped as already present, the problems. */
public record ImportReport(List<String> imported, List<String> skipped, List<String> problems) {}

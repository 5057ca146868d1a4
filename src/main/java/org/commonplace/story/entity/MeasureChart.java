package org.commonplace.story.entity;

import java.util.List;

/**
 * A measure as the story page draws it: the run chart as SVG, its signals in words, the median and
 * the runs in words; or, when the rules cannot read the data yet, why not ({@code problem}).
 */
public record MeasureChart(
    String measureId,
    String svg,
    List<String> signals,
    String median,
    String runs,
    String problem) {

  public MeasureChart {
    signals = List.copyOf(signals);
  }
}

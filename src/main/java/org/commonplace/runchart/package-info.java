/**
 * Run charts: a series of values over time, its median, and the signals of non-random variation of
 * the IHI run-chart rules (Perla, Provost and Murray, BMJ Qual Saf 2011), analysed for the API and
 * drawn as SVG for pages. It knows nothing of stories: it takes values, dates and PDSA marks as
 * plain dates with labels; the story feature calls its control and entity packages.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>The rules ({@code control.RunChartRules}) are a pure function of a {@code entity.Series},
 *       with no CDI, so the API, pages, tests and the benchmark run the same code. A series guards
 *       its own invariants (at least 2 finite values, a baseline of 2 to all points), so an
 *       analysis never starts from bad input; errors carry message-bundle keys.
 *   <li>The median is that of the baseline (the first N points) when one is set, else of all
 *       points, and every rule is then judged against it over the whole series, baseline included.
 *       A value exactly equal to the median is "on" it; no tolerance is applied.
 *   <li>Shift: a run of 6 or more points off the median; points on the median are skipped, so a
 *       shift's first and last are points off the median. Trend: 5 or more points all going up or
 *       all going down; a value equal to the one before is skipped, and the turning point belongs
 *       to both the trend that ends and the one that starts. Each maximal shift or trend is one
 *       signal, not one per window of 6 or 5.
 *   <li>Runs are judged with the published table only for 10 to 60 points off the median ({@code
 *       RunsTable}); outside it the analysis says so ({@code runsJudged} false) and gives no runs
 *       signal. A runs signal spans the whole series. The typed table is checked against the exact
 *       Swed-Eisenhart distribution in its test, which names the rows where they differ.
 *   <li>The chart is SVG written on the server ({@code RunChartSvg}): no script, so it shows under
 *       the pages' Content-Security-Policy and in any reader; signals differ by shape (filled
 *       squares for a shift, triangles for a trend), not by colour alone, and the chart's
 *       description says everything in words ({@code SignalWords}).
 *   <li>The API reads its body as a stream with a limit of 100,000 values and 4 MB, so a huge
 *       request is refused with 413 before it is held in memory.
 * </ul>
 */
package org.commonplace.runchart;

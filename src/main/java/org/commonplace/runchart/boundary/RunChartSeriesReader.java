package org.commonplace.runchart.boundary;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.commonplace.platform.json.JsonP;
import org.commonplace.runchart.entity.InvalidSeriesException;
import org.commonplace.runchart.entity.Series;

/**
 * Reads {@code {"values": [...], "baseline": N}} as a stream, so that an oversized request is
 * refused as soon as it passes the limit instead of after it is all in memory, and so that each
 * kind of bad input gets its own message (a value that is not a number names its position). As a
 * JAX-RS reader of its own type, the resource method takes a {@link RunChartSeries} and the API
 * description shows its shape.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RunChartSeriesReader implements MessageBodyReader<RunChartSeries> {

  static final int MAX_VALUES = 100_000;

  /** Room for 100,000 values written with 17 significant digits, and then some. */
  static final int MAX_MEGABYTES = 4;

  private static final JsonParserFactory PARSERS = JsonP.PROVIDER.createParserFactory(Map.of());

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == RunChartSeries.class;
  }

  @Override
  public RunChartSeries readFrom(
      Class<RunChartSeries> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream) {
    return read(entityStream);
  }

  /**
   * The series to analyse, checked.
   *
   * @throws InvalidSeriesException when it cannot be analysed
   */
  static Series series(RunChartSeries sent) {
    Integer baseline = sent.baseline();
    return new Series(
        sent.values().stream().mapToDouble(Double::doubleValue).toArray(),
        baseline == null ? OptionalInt.empty() : OptionalInt.of(baseline));
  }

  /**
   * @throws InvalidSeriesException for anything that is not a series to analyse
   * @throws SeriesTooLargeException past 100,000 values or 4 MB
   */
  static RunChartSeries read(InputStream body) {
    LimitedStream limited = new LimitedStream(body, MAX_MEGABYTES * 1024L * 1024L);
    try (JsonParser parser = PARSERS.createParser(limited)) {
      return read(parser);
    } catch (JsonParsingException e) {
      throw tooLargeOr(limited, malformed(e.getLocation()));
    } catch (JsonException e) {
      throw tooLargeOr(limited, InvalidSeriesException.of("body", "runchart.request.notObject"));
    }
  }

  private static RunChartSeries read(JsonParser parser) {
    if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
      throw InvalidSeriesException.of("body", "runchart.request.notObject");
    }
    List<Double> values = null;
    Integer baseline = null;
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String field = parser.getString();
      Event value = parser.next();
      switch (field) {
        case "values" -> values = values(parser, value);
        case "baseline" -> baseline = baseline(parser, value);
        default -> throw InvalidSeriesException.of(field, "runchart.request.unknownField", field);
      }
    }
    if (values == null) {
      throw InvalidSeriesException.of("values", "runchart.values.required");
    }
    return new RunChartSeries(values, baseline);
  }

  private static List<Double> values(JsonParser parser, Event start) {
    if (start != Event.START_ARRAY) {
      throw InvalidSeriesException.of("values", "runchart.values.required");
    }
    List<Double> values = new ArrayList<>();
    for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
      if (event != Event.VALUE_NUMBER) {
        throw InvalidSeriesException.of(
            "values[" + values.size() + "]", "runchart.values.notNumber", values.size());
      }
      if (values.size() == MAX_VALUES) {
        throw new SeriesTooLargeException("runchart.values.tooMany", MAX_VALUES);
      }
      // the number as written: a BigDecimal would cost more and refuse long numbers
      values.add(Double.parseDouble(parser.getString()));
    }
    return values;
  }

  private static Integer baseline(JsonParser parser, Event value) {
    if (value == Event.VALUE_NULL) {
      return null;
    }
    if (value != Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
      throw InvalidSeriesException.of("baseline", "runchart.baseline.notWholeNumber");
    }
    long points = parser.getLong();
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, points));
  }

  private static InvalidSeriesException malformed(JsonLocation at) {
    long line = at == null ? 1 : at.getLineNumber();
    long column = at == null ? 1 : at.getColumnNumber();
    return InvalidSeriesException.of("body", "runchart.request.malformed", line, column);
  }

  /** When the stream stopped at its limit, that is what the caller must hear about. */
  private static RuntimeException tooLargeOr(LimitedStream limited, RuntimeException otherwise) {
    return limited.exceeded()
        ? new SeriesTooLargeException("runchart.request.tooLarge", MAX_MEGABYTES)
        : otherwise;
  }
}

package org.commonplace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, reads a page's forms and posts them as a person
 * would, including their hidden fields (view state, form token). Fast enough to walk every page
 * action for every role, where a real browser would take minutes.
 */
final class FormClient {

  private static final Pattern FORM =
      Pattern.compile("<form[^>]*id=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private String bearer;
  private final HttpClient http;
  private final String root;
  private final boolean viaHttps;

  FormClient(URL deployment) {
    this(deployment, false);
  }

  /**
   * @param viaHttps send what the production proxy adds after ending a TLS connection; redirects
   *     then point at https, which this plain-HTTP test port cannot follow, so none is followed
   */
  FormClient(URL deployment, boolean viaHttps) {
    this.root = Loopback.root(deployment);
    this.viaHttps = viaHttps;
    this.http =
        HttpClient.newBuilder()
            // as browsers talk to it over plain HTTP; the JDK's h2c upgrade trips Grizzly on posts
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(viaHttps ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Sends this API token with every request, as a script driving the pages with a token would. */
  FormClient withBearer(String token) {
    this.bearer = token;
    return this;
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
  }

  /**
   * Posts the form with this id as found on the page: its hidden fields plus the given fields and
   * the pressed button.
   */
  Page submit(Page page, String formId, Map<String, String> fields, String button) {
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      if (form.group(1).equals(formId)) {
        Map<String, String> values = hiddenFields(form.group(0));
        values.putAll(fields);
        if (button != null) {
          values.put(button, "pressed");
        }
        Matcher action = ACTION.matcher(form.group(0));
        String target = action.find() ? unescape(action.group(1)) : page.uri().getPath();
        return post(URI.create(root).resolve(target), values);
      }
    }
    throw new AssertionError("No form " + formId + " on " + page.uri() + ":\n" + page.body());
  }

  Page post(String path, Map<String, String> values) {
    return post(URI.create(root + path), values);
  }

  private Page post(URI uri, Map<String, String> values) {
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A JSON request carrying only this client's cookies, as a page on another site could send. */
  HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(root + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)))
        .response();
  }

  /** Posts a page form as crafted by hand, with this client's form token but no page visited. */
  Page forge(String path, String formId, Map<String, String> fields, String button) {
    Map<String, String> values = new LinkedHashMap<>(fields);
    values.put(formId, formId);
    values.put("jakarta.faces.ViewState", "stateless");
    values.put(
        "commonplace-form-token",
        cookie("commonplace-form")
            .orElseGet(
                () -> {
                  get("signin.xhtml");
                  return cookie("commonplace-form").orElseThrow();
                }));
    values.put(button, "pressed");
    return post(path, values);
  }

  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  void dropCookie(String name) {
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .toList()
        .forEach(c -> cookies.getCookieStore().remove(null, c));
  }

  void setCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(root), cookie);
  }

  private Page send(HttpRequest.Builder request) {
    if (viaHttps) {
      request.header("X-Forwarded-Proto", "https");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(response.uri(), response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> hiddenFields(String form) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        values.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
      }
    }
    return values;
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A page as received: where it ended up after redirects, its status and its HTML. */
  record Page(URI uri, int status, String body, HttpResponse<String> response) {

    boolean contains(String text) {
      return body.contains(text);
    }

    /** The text of the element with this id, tags stripped. */
    Optional<String> text(String id) {
      Matcher element =
          Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL)
              .matcher(body);
      return element.find()
          ? Optional.of(unescape(element.group(1).replaceAll("<[^>]+>", "").strip()))
          : Optional.empty();
    }
  }
}

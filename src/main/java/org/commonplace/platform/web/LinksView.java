package org.commonplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Query values for links written in pages, as {@code ?expertise=#{links.query(e)}}: an expertise
 * like "patient engagement" or an id with a reserved character must arrive as typed, and a raw
 * space makes the link invalid HTML.
 */
@Named("links")
@ApplicationScoped
public class LinksView {

  /** The value encoded for a query string (UTF-8, space as {@code +}); nothing for null. */
  public String query(Object value) {
    return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
  }
}

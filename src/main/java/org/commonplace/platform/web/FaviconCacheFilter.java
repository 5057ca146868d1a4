package org.commonplace.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browsers ask for /favicon.ico on their own (for the API's JSON, say) and on every visit unless
 * told how long to keep it: a week, as long as Faces keeps the pages' stylesheets and SVG icon.
 */
@WebFilter(filterName = "FaviconCache", urlPatterns = "/favicon.ico")
public class FaviconCacheFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String ONE_WEEK = "public, max-age=604800";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", ONE_WEEK);
    chain.doFilter(request, response);
  }
}

package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Gives page forms the token {@link FormTokenFilter} checks: {@code #{formToken.value}}. */
@Named("formToken")
@RequestScoped
public class FormTokenView {

  @Inject HttpServletRequest request;

  public String getValue() {
    Object token = request.getAttribute(FormTokenFilter.ATTRIBUTE);
    // error pages are dispatched past the filter: the browser's cookie still holds the token
    return token == null ? FormTokenFilter.cookie(request).orElse("") : token.toString();
  }

  public String getField() {
    return FormTokenFilter.FIELD;
  }
}
